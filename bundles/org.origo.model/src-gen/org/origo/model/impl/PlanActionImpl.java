/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.origo.model.OrigoPackage;
import org.origo.model.PlanAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getProductId <em>Product Id</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getProductName <em>Product Name</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#isEstimate <em>Estimate</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getReasonEn <em>Reason En</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanActionImpl#getReasonZh <em>Reason Zh</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanActionImpl extends MinimalEObjectImpl.Container implements PlanAction {
	/**
	 * The default value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPONENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected String component = COMPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductId() <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductId() <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductId()
	 * @generated
	 * @ordered
	 */
	protected String productId = PRODUCT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductName() <em>Product Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductName()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductName() <em>Product Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductName()
	 * @generated
	 * @ordered
	 */
	protected String productName = PRODUCT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected double cost = COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "CNY";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #isEstimate() <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEstimate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESTIMATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEstimate() <em>Estimate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEstimate()
	 * @generated
	 * @ordered
	 */
	protected boolean estimate = ESTIMATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasonEn() <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonEn()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasonEn() <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonEn()
	 * @generated
	 * @ordered
	 */
	protected String reasonEn = REASON_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasonZh() <em>Reason Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonZh()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasonZh() <em>Reason Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonZh()
	 * @generated
	 * @ordered
	 */
	protected String reasonZh = REASON_ZH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.PLAN_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComponent() {
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(String newComponent) {
		String oldComponent = component;
		component = newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductId() {
		return productId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductId(String newProductId) {
		String oldProductId = productId;
		productId = newProductId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__PRODUCT_ID, oldProductId, productId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductName() {
		return productName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductName(String newProductName) {
		String oldProductName = productName;
		productName = newProductName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__PRODUCT_NAME, oldProductName, productName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(double newCost) {
		double oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimate(boolean newEstimate) {
		boolean oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__ESTIMATE, oldEstimate, estimate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasonEn() {
		return reasonEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasonEn(String newReasonEn) {
		String oldReasonEn = reasonEn;
		reasonEn = newReasonEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__REASON_EN, oldReasonEn, reasonEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasonZh() {
		return reasonZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasonZh(String newReasonZh) {
		String oldReasonZh = reasonZh;
		reasonZh = newReasonZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ACTION__REASON_ZH, oldReasonZh, reasonZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.PLAN_ACTION__COMPONENT:
				return getComponent();
			case OrigoPackage.PLAN_ACTION__ACTION:
				return getAction();
			case OrigoPackage.PLAN_ACTION__PRODUCT_ID:
				return getProductId();
			case OrigoPackage.PLAN_ACTION__PRODUCT_NAME:
				return getProductName();
			case OrigoPackage.PLAN_ACTION__COST:
				return getCost();
			case OrigoPackage.PLAN_ACTION__CURRENCY:
				return getCurrency();
			case OrigoPackage.PLAN_ACTION__ESTIMATE:
				return isEstimate();
			case OrigoPackage.PLAN_ACTION__REASON_EN:
				return getReasonEn();
			case OrigoPackage.PLAN_ACTION__REASON_ZH:
				return getReasonZh();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrigoPackage.PLAN_ACTION__COMPONENT:
				setComponent((String)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__ACTION:
				setAction((String)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__PRODUCT_ID:
				setProductId((String)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__PRODUCT_NAME:
				setProductName((String)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__COST:
				setCost((Double)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__CURRENCY:
				setCurrency((String)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__ESTIMATE:
				setEstimate((Boolean)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__REASON_EN:
				setReasonEn((String)newValue);
				return;
			case OrigoPackage.PLAN_ACTION__REASON_ZH:
				setReasonZh((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrigoPackage.PLAN_ACTION__COMPONENT:
				setComponent(COMPONENT_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__PRODUCT_ID:
				setProductId(PRODUCT_ID_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__PRODUCT_NAME:
				setProductName(PRODUCT_NAME_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__COST:
				setCost(COST_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__ESTIMATE:
				setEstimate(ESTIMATE_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__REASON_EN:
				setReasonEn(REASON_EN_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ACTION__REASON_ZH:
				setReasonZh(REASON_ZH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrigoPackage.PLAN_ACTION__COMPONENT:
				return COMPONENT_EDEFAULT == null ? component != null : !COMPONENT_EDEFAULT.equals(component);
			case OrigoPackage.PLAN_ACTION__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case OrigoPackage.PLAN_ACTION__PRODUCT_ID:
				return PRODUCT_ID_EDEFAULT == null ? productId != null : !PRODUCT_ID_EDEFAULT.equals(productId);
			case OrigoPackage.PLAN_ACTION__PRODUCT_NAME:
				return PRODUCT_NAME_EDEFAULT == null ? productName != null : !PRODUCT_NAME_EDEFAULT.equals(productName);
			case OrigoPackage.PLAN_ACTION__COST:
				return cost != COST_EDEFAULT;
			case OrigoPackage.PLAN_ACTION__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case OrigoPackage.PLAN_ACTION__ESTIMATE:
				return estimate != ESTIMATE_EDEFAULT;
			case OrigoPackage.PLAN_ACTION__REASON_EN:
				return REASON_EN_EDEFAULT == null ? reasonEn != null : !REASON_EN_EDEFAULT.equals(reasonEn);
			case OrigoPackage.PLAN_ACTION__REASON_ZH:
				return REASON_ZH_EDEFAULT == null ? reasonZh != null : !REASON_ZH_EDEFAULT.equals(reasonZh);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (component: ");
		result.append(component);
		result.append(", action: ");
		result.append(action);
		result.append(", productId: ");
		result.append(productId);
		result.append(", productName: ");
		result.append(productName);
		result.append(", cost: ");
		result.append(cost);
		result.append(", currency: ");
		result.append(currency);
		result.append(", estimate: ");
		result.append(estimate);
		result.append(", reasonEn: ");
		result.append(reasonEn);
		result.append(", reasonZh: ");
		result.append(reasonZh);
		result.append(')');
		return result.toString();
	}

} //PlanActionImpl
