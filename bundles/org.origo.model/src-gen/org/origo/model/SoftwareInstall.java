/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software Install</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One installation of a shared software title on an asset.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.SoftwareInstall#getTitle <em>Title</em>}</li>
 *   <li>{@link org.origo.model.SoftwareInstall#getInstallDate <em>Install Date</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getSoftwareInstall()
 * @model
 * @generated
 */
public interface SoftwareInstall extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' reference.
	 * @see #setTitle(SoftwareTitle)
	 * @see org.origo.model.OrigoPackage#getSoftwareInstall_Title()
	 * @model
	 * @generated
	 */
	SoftwareTitle getTitle();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareInstall#getTitle <em>Title</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(SoftwareTitle value);

	/**
	 * Returns the value of the '<em><b>Install Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Date</em>' attribute.
	 * @see #setInstallDate(Date)
	 * @see org.origo.model.OrigoPackage#getSoftwareInstall_InstallDate()
	 * @model
	 * @generated
	 */
	Date getInstallDate();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareInstall#getInstallDate <em>Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Date</em>' attribute.
	 * @see #getInstallDate()
	 * @generated
	 */
	void setInstallDate(Date value);

} // SoftwareInstall
