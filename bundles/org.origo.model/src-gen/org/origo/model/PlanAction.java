/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a plan item does to one component of its asset (hardware, OS, office suite, database, middleware, other software): replace, swap, uninstall or review, with the product, cost, currency and reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.PlanAction#getComponent <em>Component</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getAction <em>Action</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getProductId <em>Product Id</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getProductName <em>Product Name</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getCost <em>Cost</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#isEstimate <em>Estimate</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getReasonEn <em>Reason En</em>}</li>
 *   <li>{@link org.origo.model.PlanAction#getReasonZh <em>Reason Zh</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getPlanAction()
 * @model
 * @generated
 */
public interface PlanAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see #setComponent(String)
	 * @see org.origo.model.OrigoPackage#getPlanAction_Component()
	 * @model
	 * @generated
	 */
	String getComponent();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.origo.model.OrigoPackage#getPlanAction_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Id</em>' attribute.
	 * @see #setProductId(String)
	 * @see org.origo.model.OrigoPackage#getPlanAction_ProductId()
	 * @model
	 * @generated
	 */
	String getProductId();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getProductId <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Id</em>' attribute.
	 * @see #getProductId()
	 * @generated
	 */
	void setProductId(String value);

	/**
	 * Returns the value of the '<em><b>Product Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Name</em>' attribute.
	 * @see #setProductName(String)
	 * @see org.origo.model.OrigoPackage#getPlanAction_ProductName()
	 * @model
	 * @generated
	 */
	String getProductName();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getProductName <em>Product Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Name</em>' attribute.
	 * @see #getProductName()
	 * @generated
	 */
	void setProductName(String value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(double)
	 * @see org.origo.model.OrigoPackage#getPlanAction_Cost()
	 * @model
	 * @generated
	 */
	double getCost();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.origo.model.OrigoPackage#getPlanAction_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimate</em>' attribute.
	 * @see #setEstimate(boolean)
	 * @see org.origo.model.OrigoPackage#getPlanAction_Estimate()
	 * @model
	 * @generated
	 */
	boolean isEstimate();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#isEstimate <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' attribute.
	 * @see #isEstimate()
	 * @generated
	 */
	void setEstimate(boolean value);

	/**
	 * Returns the value of the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason En</em>' attribute.
	 * @see #setReasonEn(String)
	 * @see org.origo.model.OrigoPackage#getPlanAction_ReasonEn()
	 * @model
	 * @generated
	 */
	String getReasonEn();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getReasonEn <em>Reason En</em>}' attribute.
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
	 * @see org.origo.model.OrigoPackage#getPlanAction_ReasonZh()
	 * @model
	 * @generated
	 */
	String getReasonZh();

	/**
	 * Sets the value of the '{@link org.origo.model.PlanAction#getReasonZh <em>Reason Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason Zh</em>' attribute.
	 * @see #getReasonZh()
	 * @generated
	 */
	void setReasonZh(String value);

} // PlanAction
