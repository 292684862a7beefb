/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.origo.model.OrigoPackage;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Verdict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.VerdictImpl#getProfileId <em>Profile Id</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#isAnyUs <em>Any Us</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#getRuleIds <em>Rule Ids</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#getReasonEn <em>Reason En</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#getReasonZh <em>Reason Zh</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.origo.model.impl.VerdictImpl#isOverride <em>Override</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VerdictImpl extends MinimalEObjectImpl.Container implements Verdict {
	/**
	 * The default value of the '{@link #getProfileId() <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROFILE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfileId() <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileId()
	 * @generated
	 * @ordered
	 */
	protected String profileId = PROFILE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final VerdictOutcome OUTCOME_EDEFAULT = VerdictOutcome.REVIEW;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected VerdictOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #isAnyUs() <em>Any Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnyUs()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ANY_US_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAnyUs() <em>Any Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnyUs()
	 * @generated
	 * @ordered
	 */
	protected boolean anyUs = ANY_US_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuleIds() <em>Rule Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ruleIds;

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
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> findings;

	/**
	 * The default value of the '{@link #isOverride() <em>Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverride()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERRIDE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOverride() <em>Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverride()
	 * @generated
	 * @ordered
	 */
	protected boolean override = OVERRIDE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VerdictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.VERDICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProfileId() {
		return profileId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfileId(String newProfileId) {
		String oldProfileId = profileId;
		profileId = newProfileId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.VERDICT__PROFILE_ID, oldProfileId, profileId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerdictOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(VerdictOutcome newOutcome) {
		VerdictOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.VERDICT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnyUs() {
		return anyUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnyUs(boolean newAnyUs) {
		boolean oldAnyUs = anyUs;
		anyUs = newAnyUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.VERDICT__ANY_US, oldAnyUs, anyUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRuleIds() {
		if (ruleIds == null) {
			ruleIds = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.VERDICT__RULE_IDS);
		}
		return ruleIds;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.VERDICT__REASON_EN, oldReasonEn, reasonEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.VERDICT__REASON_ZH, oldReasonZh, reasonZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFindings() {
		if (findings == null) {
			findings = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.VERDICT__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverride() {
		return override;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverride(boolean newOverride) {
		boolean oldOverride = override;
		override = newOverride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.VERDICT__OVERRIDE, oldOverride, override));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.VERDICT__PROFILE_ID:
				return getProfileId();
			case OrigoPackage.VERDICT__OUTCOME:
				return getOutcome();
			case OrigoPackage.VERDICT__ANY_US:
				return isAnyUs();
			case OrigoPackage.VERDICT__RULE_IDS:
				return getRuleIds();
			case OrigoPackage.VERDICT__REASON_EN:
				return getReasonEn();
			case OrigoPackage.VERDICT__REASON_ZH:
				return getReasonZh();
			case OrigoPackage.VERDICT__FINDINGS:
				return getFindings();
			case OrigoPackage.VERDICT__OVERRIDE:
				return isOverride();
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
			case OrigoPackage.VERDICT__PROFILE_ID:
				setProfileId((String)newValue);
				return;
			case OrigoPackage.VERDICT__OUTCOME:
				setOutcome((VerdictOutcome)newValue);
				return;
			case OrigoPackage.VERDICT__ANY_US:
				setAnyUs((Boolean)newValue);
				return;
			case OrigoPackage.VERDICT__RULE_IDS:
				getRuleIds().clear();
				getRuleIds().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.VERDICT__REASON_EN:
				setReasonEn((String)newValue);
				return;
			case OrigoPackage.VERDICT__REASON_ZH:
				setReasonZh((String)newValue);
				return;
			case OrigoPackage.VERDICT__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.VERDICT__OVERRIDE:
				setOverride((Boolean)newValue);
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
			case OrigoPackage.VERDICT__PROFILE_ID:
				setProfileId(PROFILE_ID_EDEFAULT);
				return;
			case OrigoPackage.VERDICT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case OrigoPackage.VERDICT__ANY_US:
				setAnyUs(ANY_US_EDEFAULT);
				return;
			case OrigoPackage.VERDICT__RULE_IDS:
				getRuleIds().clear();
				return;
			case OrigoPackage.VERDICT__REASON_EN:
				setReasonEn(REASON_EN_EDEFAULT);
				return;
			case OrigoPackage.VERDICT__REASON_ZH:
				setReasonZh(REASON_ZH_EDEFAULT);
				return;
			case OrigoPackage.VERDICT__FINDINGS:
				getFindings().clear();
				return;
			case OrigoPackage.VERDICT__OVERRIDE:
				setOverride(OVERRIDE_EDEFAULT);
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
			case OrigoPackage.VERDICT__PROFILE_ID:
				return PROFILE_ID_EDEFAULT == null ? profileId != null : !PROFILE_ID_EDEFAULT.equals(profileId);
			case OrigoPackage.VERDICT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case OrigoPackage.VERDICT__ANY_US:
				return anyUs != ANY_US_EDEFAULT;
			case OrigoPackage.VERDICT__RULE_IDS:
				return ruleIds != null && !ruleIds.isEmpty();
			case OrigoPackage.VERDICT__REASON_EN:
				return REASON_EN_EDEFAULT == null ? reasonEn != null : !REASON_EN_EDEFAULT.equals(reasonEn);
			case OrigoPackage.VERDICT__REASON_ZH:
				return REASON_ZH_EDEFAULT == null ? reasonZh != null : !REASON_ZH_EDEFAULT.equals(reasonZh);
			case OrigoPackage.VERDICT__FINDINGS:
				return findings != null && !findings.isEmpty();
			case OrigoPackage.VERDICT__OVERRIDE:
				return override != OVERRIDE_EDEFAULT;
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
		result.append(" (profileId: ");
		result.append(profileId);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", anyUs: ");
		result.append(anyUs);
		result.append(", ruleIds: ");
		result.append(ruleIds);
		result.append(", reasonEn: ");
		result.append(reasonEn);
		result.append(", reasonZh: ");
		result.append(reasonZh);
		result.append(", findings: ");
		result.append(findings);
		result.append(", override: ");
		result.append(override);
		result.append(')');
		return result.toString();
	}

} //VerdictImpl
