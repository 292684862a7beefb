/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One asset scheduled in a phase, with its replacement, cost and the reason for its phase.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.PlanItem#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getAssetId <em>Asset Id</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getProductId <em>Product Id</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getCost <em>Cost</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getReasonEn <em>Reason En</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getReasonZh <em>Reason Zh</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.PlanItem#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getPlanItem()
 * @model
 * @generated
 */
public interface PlanItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset</em>' reference.
	 * @see #setAsset(Asset)
	 * @see org.origo.model.OrigoPackage#getPlanItem_Asset()
	 * @model
	 * @generated
	 */
	Asset getAsset();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getAsset <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset</em>' reference.
	 * @see #getAsset()
	 * @generated
	 */
	void setAsset(Asset value);

	/**
	 * Returns the value of the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset Id</em>' attribute.
	 * @see #setAssetId(String)
	 * @see org.origo.model.OrigoPackage#getPlanItem_AssetId()
	 * @model
	 * @generated
	 */
	String getAssetId();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getAssetId <em>Asset Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset Id</em>' attribute.
	 * @see #getAssetId()
	 * @generated
	 */
	void setAssetId(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' reference.
	 * @see #setPhase(Phase)
	 * @see org.origo.model.OrigoPackage#getPlanItem_Phase()
	 * @model
	 * @generated
	 */
	Phase getPhase();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getPhase <em>Phase</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' reference.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Phase value);

	/**
	 * Returns the value of the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Id</em>' attribute.
	 * @see #setProductId(String)
	 * @see org.origo.model.OrigoPackage#getPlanItem_ProductId()
	 * @model
	 * @generated
	 */
	String getProductId();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getProductId <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Id</em>' attribute.
	 * @see #getProductId()
	 * @generated
	 */
	void setProductId(String value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(double)
	 * @see org.origo.model.OrigoPackage#getPlanItem_Cost()
	 * @model
	 * @generated
	 */
	double getCost();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(double value);

	/**
	 * Returns the value of the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason En</em>' attribute.
	 * @see #setReasonEn(String)
	 * @see org.origo.model.OrigoPackage#getPlanItem_ReasonEn()
	 * @model
	 * @generated
	 */
	String getReasonEn();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getReasonEn <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason En</em>' attribute.
	 * @see #getReasonEn()
	 * @generated
	 */
	void setReasonEn(String value);

	/**
	 * Returns the value of the '<em><b>Reason Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason Zh</em>' attribute.
	 * @see #setReasonZh(String)
	 * @see org.origo.model.OrigoPackage#getPlanItem_ReasonZh()
	 * @model
	 * @generated
	 */
	String getReasonZh();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getReasonZh <em>Reason Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason Zh</em>' attribute.
	 * @see #getReasonZh()
	 * @generated
	 */
	void setReasonZh(String value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.origo.model.OrigoPackage#getPlanItem_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.origo.model.OrigoPackage#getPlanItem_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanItem#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.PlanAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getPlanItem_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanAction> getActions();

} // PlanItem
