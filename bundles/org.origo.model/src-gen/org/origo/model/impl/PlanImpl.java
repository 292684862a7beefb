/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.origo.model.OrigoPackage;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.ShareBasis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.PlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getRelaxations <em>Relaxations</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.impl.PlanImpl#getMatchFingerprint <em>Match Fingerprint</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends MinimalEObjectImpl.Container implements Plan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected static final ShareBasis BASIS_EDEFAULT = ShareBasis.COUNT;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected ShareBasis basis = BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanItem> items;

	/**
	 * The cached value of the '{@link #getRelaxations() <em>Relaxations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelaxations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> relaxations;

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
	 * The default value of the '{@link #getMatchFingerprint() <em>Match Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String MATCH_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMatchFingerprint() <em>Match Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String matchFingerprint = MATCH_FINGERPRINT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShareBasis getBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(ShareBasis newBasis) {
		ShareBasis oldBasis = basis;
		basis = newBasis == null ? BASIS_EDEFAULT : newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<Phase>(Phase.class, this, OrigoPackage.PLAN__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<PlanItem>(PlanItem.class, this, OrigoPackage.PLAN__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRelaxations() {
		if (relaxations == null) {
			relaxations = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.PLAN__RELAXATIONS);
		}
		return relaxations;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMatchFingerprint() {
		return matchFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatchFingerprint(String newMatchFingerprint) {
		String oldMatchFingerprint = matchFingerprint;
		matchFingerprint = newMatchFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PLAN__MATCH_FINGERPRINT, oldMatchFingerprint, matchFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrigoPackage.PLAN__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PLAN__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case OrigoPackage.PLAN__NAME:
				return getName();
			case OrigoPackage.PLAN__BASIS:
				return getBasis();
			case OrigoPackage.PLAN__CREATED_AT:
				return getCreatedAt();
			case OrigoPackage.PLAN__PHASES:
				return getPhases();
			case OrigoPackage.PLAN__ITEMS:
				return getItems();
			case OrigoPackage.PLAN__RELAXATIONS:
				return getRelaxations();
			case OrigoPackage.PLAN__CURRENCY:
				return getCurrency();
			case OrigoPackage.PLAN__MATCH_FINGERPRINT:
				return getMatchFingerprint();
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
			case OrigoPackage.PLAN__NAME:
				setName((String)newValue);
				return;
			case OrigoPackage.PLAN__BASIS:
				setBasis((ShareBasis)newValue);
				return;
			case OrigoPackage.PLAN__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case OrigoPackage.PLAN__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case OrigoPackage.PLAN__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends PlanItem>)newValue);
				return;
			case OrigoPackage.PLAN__RELAXATIONS:
				getRelaxations().clear();
				getRelaxations().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.PLAN__CURRENCY:
				setCurrency((String)newValue);
				return;
			case OrigoPackage.PLAN__MATCH_FINGERPRINT:
				setMatchFingerprint((String)newValue);
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
			case OrigoPackage.PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OrigoPackage.PLAN__BASIS:
				setBasis(BASIS_EDEFAULT);
				return;
			case OrigoPackage.PLAN__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case OrigoPackage.PLAN__PHASES:
				getPhases().clear();
				return;
			case OrigoPackage.PLAN__ITEMS:
				getItems().clear();
				return;
			case OrigoPackage.PLAN__RELAXATIONS:
				getRelaxations().clear();
				return;
			case OrigoPackage.PLAN__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case OrigoPackage.PLAN__MATCH_FINGERPRINT:
				setMatchFingerprint(MATCH_FINGERPRINT_EDEFAULT);
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
			case OrigoPackage.PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OrigoPackage.PLAN__BASIS:
				return basis != BASIS_EDEFAULT;
			case OrigoPackage.PLAN__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case OrigoPackage.PLAN__PHASES:
				return phases != null && !phases.isEmpty();
			case OrigoPackage.PLAN__ITEMS:
				return items != null && !items.isEmpty();
			case OrigoPackage.PLAN__RELAXATIONS:
				return relaxations != null && !relaxations.isEmpty();
			case OrigoPackage.PLAN__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case OrigoPackage.PLAN__MATCH_FINGERPRINT:
				return MATCH_FINGERPRINT_EDEFAULT == null ? matchFingerprint != null : !MATCH_FINGERPRINT_EDEFAULT.equals(matchFingerprint);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", basis: ");
		result.append(basis);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", relaxations: ");
		result.append(relaxations);
		result.append(", currency: ");
		result.append(currency);
		result.append(", matchFingerprint: ");
		result.append(matchFingerprint);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
