/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.origo.model.Asset;
import org.origo.model.OrigoPackage;
import org.origo.model.Phase;
import org.origo.model.PlanAction;
import org.origo.model.PlanItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getAsset <em>Asset</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getAssetId <em>Asset Id</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getProductId <em>Product Id</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getReasonEn <em>Reason En</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getReasonZh <em>Reason Zh</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanItemImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanItemImpl extends MinimalEObjectImpl.Container implements PlanItem {
	/**
	 * The cached value of the '{@link #getAsset() <em>Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsset()
	 * @generated
	 * @ordered
	 */
	protected Asset asset;

	/**
	 * The default value of the '{@link #getAssetId() <em>Asset Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetId()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSET_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssetId() <em>Asset Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetId()
	 * @generated
	 * @ordered
	 */
	protected String assetId = ASSET_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Phase phase;

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
	 * The default value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PINNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected boolean pinned = PINNED_EDEFAULT;

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
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.PLAN_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset getAsset() {
		if (asset != null && asset.eIsProxy()) {
			InternalEObject oldAsset = (InternalEObject)asset;
			asset = (Asset)eResolveProxy(oldAsset);
			if (asset != oldAsset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrigoPackage.PLAN_ITEM__ASSET, oldAsset, asset));
			}
		}
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Asset basicGetAsset() {
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsset(Asset newAsset) {
		Asset oldAsset = asset;
		asset = newAsset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__ASSET, oldAsset, asset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssetId() {
		return assetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssetId(String newAssetId) {
		String oldAssetId = assetId;
		assetId = newAssetId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__ASSET_ID, oldAssetId, assetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase getPhase() {
		if (phase != null && phase.eIsProxy()) {
			InternalEObject oldPhase = (InternalEObject)phase;
			phase = (Phase)eResolveProxy(oldPhase);
			if (phase != oldPhase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrigoPackage.PLAN_ITEM__PHASE, oldPhase, phase));
			}
		}
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phase basicGetPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Phase newPhase) {
		Phase oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__PHASE, oldPhase, phase));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__PRODUCT_ID, oldProductId, productId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__COST, oldCost, cost));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__REASON_EN, oldReasonEn, reasonEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__REASON_ZH, oldReasonZh, reasonZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPinned() {
		return pinned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinned(boolean newPinned) {
		boolean oldPinned = pinned;
		pinned = newPinned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__PINNED, oldPinned, pinned));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN_ITEM__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<PlanAction>(PlanAction.class, this, OrigoPackage.PLAN_ITEM__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrigoPackage.PLAN_ITEM__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.PLAN_ITEM__ASSET:
				if (resolve) return getAsset();
				return basicGetAsset();
			case OrigoPackage.PLAN_ITEM__ASSET_ID:
				return getAssetId();
			case OrigoPackage.PLAN_ITEM__PHASE:
				if (resolve) return getPhase();
				return basicGetPhase();
			case OrigoPackage.PLAN_ITEM__PRODUCT_ID:
				return getProductId();
			case OrigoPackage.PLAN_ITEM__COST:
				return getCost();
			case OrigoPackage.PLAN_ITEM__REASON_EN:
				return getReasonEn();
			case OrigoPackage.PLAN_ITEM__REASON_ZH:
				return getReasonZh();
			case OrigoPackage.PLAN_ITEM__PINNED:
				return isPinned();
			case OrigoPackage.PLAN_ITEM__CURRENCY:
				return getCurrency();
			case OrigoPackage.PLAN_ITEM__ACTIONS:
				return getActions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrigoPackage.PLAN_ITEM__ASSET:
				setAsset((Asset)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__ASSET_ID:
				setAssetId((String)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__PHASE:
				setPhase((Phase)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__PRODUCT_ID:
				setProductId((String)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__COST:
				setCost((Double)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__REASON_EN:
				setReasonEn((String)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__REASON_ZH:
				setReasonZh((String)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__PINNED:
				setPinned((Boolean)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__CURRENCY:
				setCurrency((String)newValue);
				return;
			case OrigoPackage.PLAN_ITEM__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends PlanAction>)newValue);
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
			case OrigoPackage.PLAN_ITEM__ASSET:
				setAsset((Asset)null);
				return;
			case OrigoPackage.PLAN_ITEM__ASSET_ID:
				setAssetId(ASSET_ID_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__PHASE:
				setPhase((Phase)null);
				return;
			case OrigoPackage.PLAN_ITEM__PRODUCT_ID:
				setProductId(PRODUCT_ID_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__COST:
				setCost(COST_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__REASON_EN:
				setReasonEn(REASON_EN_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__REASON_ZH:
				setReasonZh(REASON_ZH_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__PINNED:
				setPinned(PINNED_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case OrigoPackage.PLAN_ITEM__ACTIONS:
				getActions().clear();
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
			case OrigoPackage.PLAN_ITEM__ASSET:
				return asset != null;
			case OrigoPackage.PLAN_ITEM__ASSET_ID:
				return ASSET_ID_EDEFAULT == null ? assetId != null : !ASSET_ID_EDEFAULT.equals(assetId);
			case OrigoPackage.PLAN_ITEM__PHASE:
				return phase != null;
			case OrigoPackage.PLAN_ITEM__PRODUCT_ID:
				return PRODUCT_ID_EDEFAULT == null ? productId != null : !PRODUCT_ID_EDEFAULT.equals(productId);
			case OrigoPackage.PLAN_ITEM__COST:
				return cost != COST_EDEFAULT;
			case OrigoPackage.PLAN_ITEM__REASON_EN:
				return REASON_EN_EDEFAULT == null ? reasonEn != null : !REASON_EN_EDEFAULT.equals(reasonEn);
			case OrigoPackage.PLAN_ITEM__REASON_ZH:
				return REASON_ZH_EDEFAULT == null ? reasonZh != null : !REASON_ZH_EDEFAULT.equals(reasonZh);
			case OrigoPackage.PLAN_ITEM__PINNED:
				return pinned != PINNED_EDEFAULT;
			case OrigoPackage.PLAN_ITEM__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case OrigoPackage.PLAN_ITEM__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (assetId: ");
		result.append(assetId);
		result.append(", productId: ");
		result.append(productId);
		result.append(", cost: ");
		result.append(cost);
		result.append(", reasonEn: ");
		result.append(reasonEn);
		result.append(", reasonZh: ");
		result.append(reasonZh);
		result.append(", pinned: ");
		result.append(pinned);
		result.append(", currency: ");
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //PlanItemImpl
