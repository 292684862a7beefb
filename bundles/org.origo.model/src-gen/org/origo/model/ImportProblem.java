/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem met while importing: file, line, field, severity and message.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.ImportProblem#getFile <em>File</em>}</li>
 *   <li>{@link org.origo.model.ImportProblem#getLine <em>Line</em>}</li>
 *   <li>{@link org.origo.model.ImportProblem#getField <em>Field</em>}</li>
 *   <li>{@link org.origo.model.ImportProblem#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.origo.model.ImportProblem#getMessageEn <em>Message En</em>}</li>
 *   <li>{@link org.origo.model.ImportProblem#getMessageZh <em>Message Zh</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getImportProblem()
 * @model
 * @generated
 */
public interface ImportProblem extends EObject {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.origo.model.OrigoPackage#getImportProblem_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.origo.model.ImportProblem#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(long)
	 * @see org.origo.model.OrigoPackage#getImportProblem_Line()
	 * @model
	 * @generated
	 */
	long getLine();

	/**
	 * Sets the value of the '{@link org.origo.model.ImportProblem#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(long value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.origo.model.OrigoPackage#getImportProblem_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.origo.model.ImportProblem#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.origo.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.origo.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.origo.model.OrigoPackage#getImportProblem_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.origo.model.ImportProblem#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.origo.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Message En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message En</em>' attribute.
	 * @see #setMessageEn(String)
	 * @see org.origo.model.OrigoPackage#getImportProblem_MessageEn()
	 * @model
	 * @generated
	 */
	String getMessageEn();

	/**
	 * Sets the value of the '{@link org.origo.model.ImportProblem#getMessageEn <em>Message En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message En</em>' attribute.
	 * @see #getMessageEn()
	 * @generated
	 */
	void setMessageEn(String value);

	/**
	 * Returns the value of the '<em><b>Message Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Zh</em>' attribute.
	 * @see #setMessageZh(String)
	 * @see org.origo.model.OrigoPackage#getImportProblem_MessageZh()
	 * @model
	 * @generated
	 */
	String getMessageZh();

	/**
	 * Sets the value of the '{@link org.origo.model.ImportProblem#getMessageZh <em>Message Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Zh</em>' attribute.
	 * @see #getMessageZh()
	 * @generated
	 */
	void setMessageZh(String value);

} // ImportProblem
