/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The phased replacement plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.Plan#getName <em>Name</em>}</li>
 *   <li>{@link org.origo.model.Plan#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.origo.model.Plan#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.origo.model.Plan#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.origo.model.Plan#getItems <em>Items</em>}</li>
 *   <li>{@link org.origo.model.Plan#getRelaxations <em>Relaxations</em>}</li>
 *   <li>{@link org.origo.model.Plan#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.Plan#getMatchFingerprint <em>Match Fingerprint</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.origo.model.OrigoPackage#getPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.origo.model.Plan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.origo.model.ShareBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see org.origo.model.ShareBasis
	 * @see #setBasis(ShareBasis)
	 * @see org.origo.model.OrigoPackage#getPlan_Basis()
	 * @model
	 * @generated
	 */
	ShareBasis getBasis();

	/**
	 * Sets the value of the '{@link org.origo.model.Plan#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see org.origo.model.ShareBasis
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(ShareBasis value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.origo.model.OrigoPackage#getPlan_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.origo.model.Plan#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getPlan_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.PlanItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getPlan_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanItem> getItems();

	/**
	 * Returns the value of the '<em><b>Relaxations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relaxations</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getPlan_Relaxations()
	 * @model
	 * @generated
	 */
	EList<String> getRelaxations();

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.origo.model.OrigoPackage#getPlan_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.origo.model.Plan#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Match Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match Fingerprint</em>' attribute.
	 * @see #setMatchFingerprint(String)
	 * @see org.origo.model.OrigoPackage#getPlan_MatchFingerprint()
	 * @model
	 * @generated
	 */
	String getMatchFingerprint();

	/**
	 * Sets the value of the '{@link org.origo.model.Plan#getMatchFingerprint <em>Match Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match Fingerprint</em>' attribute.
	 * @see #getMatchFingerprint()
	 * @generated
	 */
	void setMatchFingerprint(String value);

} // Plan
