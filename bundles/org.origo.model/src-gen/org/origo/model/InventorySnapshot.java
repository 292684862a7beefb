/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inventory Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One import of the estate: the assets as the source files described them at import time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.InventorySnapshot#getId <em>Id</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getLabel <em>Label</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getSourceFiles <em>Source Files</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getMergeLog <em>Merge Log</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#isComplete <em>Complete</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getScopeSites <em>Scope Sites</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getScopeDepartments <em>Scope Departments</em>}</li>
 *   <li>{@link org.origo.model.InventorySnapshot#getScopeSources <em>Scope Sources</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getInventorySnapshot()
 * @model
 * @generated
 */
public interface InventorySnapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.origo.model.InventorySnapshot#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.origo.model.InventorySnapshot#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Date)
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_ImportedAt()
	 * @model
	 * @generated
	 */
	Date getImportedAt();

	/**
	 * Sets the value of the '{@link org.origo.model.InventorySnapshot#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Source Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Files</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_SourceFiles()
	 * @model
	 * @generated
	 */
	EList<String> getSourceFiles();

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Asset> getAssets();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.ImportProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportProblem> getProblems();

	/**
	 * Returns the value of the '<em><b>Merge Log</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.MergeRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Merge Log</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_MergeLog()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeRecord> getMergeLog();

	/**
	 * Returns the value of the '<em><b>Complete</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complete</em>' attribute.
	 * @see #setComplete(boolean)
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_Complete()
	 * @model default="true"
	 * @generated
	 */
	boolean isComplete();

	/**
	 * Sets the value of the '{@link org.origo.model.InventorySnapshot#isComplete <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complete</em>' attribute.
	 * @see #isComplete()
	 * @generated
	 */
	void setComplete(boolean value);

	/**
	 * Returns the value of the '<em><b>Scope Sites</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Sites</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_ScopeSites()
	 * @model
	 * @generated
	 */
	EList<String> getScopeSites();

	/**
	 * Returns the value of the '<em><b>Scope Departments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Departments</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_ScopeDepartments()
	 * @model
	 * @generated
	 */
	EList<String> getScopeDepartments();

	/**
	 * Returns the value of the '<em><b>Scope Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Sources</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getInventorySnapshot_ScopeSources()
	 * @model
	 * @generated
	 */
	EList<String> getScopeSources();

} // InventorySnapshot
