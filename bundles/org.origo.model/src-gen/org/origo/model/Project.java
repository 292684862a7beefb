/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an Origo project: one administration estate and everything derived from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.origo.model.Project#getProfileId <em>Profile Id</em>}</li>
 *   <li>{@link org.origo.model.Project#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.origo.model.Project#getCatalogIds <em>Catalog Ids</em>}</li>
 *   <li>{@link org.origo.model.Project#getSnapshots <em>Snapshots</em>}</li>
 *   <li>{@link org.origo.model.Project#getSoftwareTitles <em>Software Titles</em>}</li>
 *   <li>{@link org.origo.model.Project#getOrigins <em>Origins</em>}</li>
 *   <li>{@link org.origo.model.Project#getMatches <em>Matches</em>}</li>
 *   <li>{@link org.origo.model.Project#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.origo.model.Project#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.origo.model.Project#getAuditLog <em>Audit Log</em>}</li>
 *   <li>{@link org.origo.model.Project#getRetirements <em>Retirements</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.origo.model.OrigoPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.origo.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Profile Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profile Id</em>' attribute.
	 * @see #setProfileId(String)
	 * @see org.origo.model.OrigoPackage#getProject_ProfileId()
	 * @model
	 * @generated
	 */
	String getProfileId();

	/**
	 * Sets the value of the '{@link org.origo.model.Project#getProfileId <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile Id</em>' attribute.
	 * @see #getProfileId()
	 * @generated
	 */
	void setProfileId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.origo.model.OrigoPackage#getProject_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.origo.model.Project#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Catalog Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catalog Ids</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getProject_CatalogIds()
	 * @model
	 * @generated
	 */
	EList<String> getCatalogIds();

	/**
	 * Returns the value of the '<em><b>Snapshots</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.InventorySnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshots</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_Snapshots()
	 * @model containment="true"
	 * @generated
	 */
	EList<InventorySnapshot> getSnapshots();

	/**
	 * Returns the value of the '<em><b>Software Titles</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.SoftwareTitle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software Titles</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_SoftwareTitles()
	 * @model containment="true"
	 * @generated
	 */
	EList<SoftwareTitle> getSoftwareTitles();

	/**
	 * Returns the value of the '<em><b>Origins</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.OriginFacts}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origins</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_Origins()
	 * @model containment="true"
	 * @generated
	 */
	EList<OriginFacts> getOrigins();

	/**
	 * Returns the value of the '<em><b>Matches</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Match}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matches</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_Matches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Match> getMatches();

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' containment reference.
	 * @see #setPlan(Plan)
	 * @see org.origo.model.OrigoPackage#getProject_Plan()
	 * @model containment="true"
	 * @generated
	 */
	Plan getPlan();

	/**
	 * Sets the value of the '{@link org.origo.model.Project#getPlan <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' containment reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getSettings();

	/**
	 * Returns the value of the '<em><b>Audit Log</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.AuditEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audit Log</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_AuditLog()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<AuditEntry> getAuditLog();

	/**
	 * Returns the value of the '<em><b>Retirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Retirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retirements</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getProject_Retirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Retirement> getRetirements();

} // Project
