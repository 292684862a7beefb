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

import org.origo.model.AuditEntry;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.OriginFacts;
import org.origo.model.OrigoPackage;
import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.model.Property;
import org.origo.model.Retirement;
import org.origo.model.SoftwareTitle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getProfileId <em>Profile Id</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getCatalogIds <em>Catalog Ids</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getSnapshots <em>Snapshots</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getSoftwareTitles <em>Software Titles</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getOrigins <em>Origins</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getMatches <em>Matches</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getAuditLog <em>Audit Log</em>}</li>
 *   <li>{@link org.origo.model.impl.ProjectImpl#getRetirements <em>Retirements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
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
	 * The cached value of the '{@link #getCatalogIds() <em>Catalog Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> catalogIds;

	/**
	 * The cached value of the '{@link #getSnapshots() <em>Snapshots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshots()
	 * @generated
	 * @ordered
	 */
	protected EList<InventorySnapshot> snapshots;

	/**
	 * The cached value of the '{@link #getSoftwareTitles() <em>Software Titles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftwareTitles()
	 * @generated
	 * @ordered
	 */
	protected EList<SoftwareTitle> softwareTitles;

	/**
	 * The cached value of the '{@link #getOrigins() <em>Origins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigins()
	 * @generated
	 * @ordered
	 */
	protected EList<OriginFacts> origins;

	/**
	 * The cached value of the '{@link #getMatches() <em>Matches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatches()
	 * @generated
	 * @ordered
	 */
	protected EList<Match> matches;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan plan;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> settings;

	/**
	 * The cached value of the '{@link #getAuditLog() <em>Audit Log</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditLog()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditEntry> auditLog;

	/**
	 * The cached value of the '{@link #getRetirements() <em>Retirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetirements()
	 * @generated
	 * @ordered
	 */
	protected EList<Retirement> retirements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PROJECT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PROJECT__PROFILE_ID, oldProfileId, profileId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PROJECT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCatalogIds() {
		if (catalogIds == null) {
			catalogIds = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.PROJECT__CATALOG_IDS);
		}
		return catalogIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InventorySnapshot> getSnapshots() {
		if (snapshots == null) {
			snapshots = new EObjectContainmentEList<InventorySnapshot>(InventorySnapshot.class, this, OrigoPackage.PROJECT__SNAPSHOTS);
		}
		return snapshots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SoftwareTitle> getSoftwareTitles() {
		if (softwareTitles == null) {
			softwareTitles = new EObjectContainmentEList<SoftwareTitle>(SoftwareTitle.class, this, OrigoPackage.PROJECT__SOFTWARE_TITLES);
		}
		return softwareTitles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OriginFacts> getOrigins() {
		if (origins == null) {
			origins = new EObjectContainmentEList<OriginFacts>(OriginFacts.class, this, OrigoPackage.PROJECT__ORIGINS);
		}
		return origins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Match> getMatches() {
		if (matches == null) {
			matches = new EObjectContainmentEList<Match>(Match.class, this, OrigoPackage.PROJECT__MATCHES);
		}
		return matches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(Plan newPlan, NotificationChain msgs) {
		Plan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OrigoPackage.PROJECT__PLAN, oldPlan, newPlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Plan newPlan) {
		if (newPlan != plan) {
			NotificationChain msgs = null;
			if (plan != null)
				msgs = ((InternalEObject)plan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OrigoPackage.PROJECT__PLAN, null, msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OrigoPackage.PROJECT__PLAN, null, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PROJECT__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<Property>(Property.class, this, OrigoPackage.PROJECT__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditEntry> getAuditLog() {
		if (auditLog == null) {
			auditLog = new EObjectContainmentEList<AuditEntry>(AuditEntry.class, this, OrigoPackage.PROJECT__AUDIT_LOG);
		}
		return auditLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Retirement> getRetirements() {
		if (retirements == null) {
			retirements = new EObjectContainmentEList<Retirement>(Retirement.class, this, OrigoPackage.PROJECT__RETIREMENTS);
		}
		return retirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrigoPackage.PROJECT__SNAPSHOTS:
				return ((InternalEList<?>)getSnapshots()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PROJECT__SOFTWARE_TITLES:
				return ((InternalEList<?>)getSoftwareTitles()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PROJECT__ORIGINS:
				return ((InternalEList<?>)getOrigins()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PROJECT__MATCHES:
				return ((InternalEList<?>)getMatches()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PROJECT__PLAN:
				return basicSetPlan(null, msgs);
			case OrigoPackage.PROJECT__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PROJECT__AUDIT_LOG:
				return ((InternalEList<?>)getAuditLog()).basicRemove(otherEnd, msgs);
			case OrigoPackage.PROJECT__RETIREMENTS:
				return ((InternalEList<?>)getRetirements()).basicRemove(otherEnd, msgs);
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
			case OrigoPackage.PROJECT__NAME:
				return getName();
			case OrigoPackage.PROJECT__PROFILE_ID:
				return getProfileId();
			case OrigoPackage.PROJECT__CREATED_AT:
				return getCreatedAt();
			case OrigoPackage.PROJECT__CATALOG_IDS:
				return getCatalogIds();
			case OrigoPackage.PROJECT__SNAPSHOTS:
				return getSnapshots();
			case OrigoPackage.PROJECT__SOFTWARE_TITLES:
				return getSoftwareTitles();
			case OrigoPackage.PROJECT__ORIGINS:
				return getOrigins();
			case OrigoPackage.PROJECT__MATCHES:
				return getMatches();
			case OrigoPackage.PROJECT__PLAN:
				return getPlan();
			case OrigoPackage.PROJECT__SETTINGS:
				return getSettings();
			case OrigoPackage.PROJECT__AUDIT_LOG:
				return getAuditLog();
			case OrigoPackage.PROJECT__RETIREMENTS:
				return getRetirements();
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
			case OrigoPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case OrigoPackage.PROJECT__PROFILE_ID:
				setProfileId((String)newValue);
				return;
			case OrigoPackage.PROJECT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case OrigoPackage.PROJECT__CATALOG_IDS:
				getCatalogIds().clear();
				getCatalogIds().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.PROJECT__SNAPSHOTS:
				getSnapshots().clear();
				getSnapshots().addAll((Collection<? extends InventorySnapshot>)newValue);
				return;
			case OrigoPackage.PROJECT__SOFTWARE_TITLES:
				getSoftwareTitles().clear();
				getSoftwareTitles().addAll((Collection<? extends SoftwareTitle>)newValue);
				return;
			case OrigoPackage.PROJECT__ORIGINS:
				getOrigins().clear();
				getOrigins().addAll((Collection<? extends OriginFacts>)newValue);
				return;
			case OrigoPackage.PROJECT__MATCHES:
				getMatches().clear();
				getMatches().addAll((Collection<? extends Match>)newValue);
				return;
			case OrigoPackage.PROJECT__PLAN:
				setPlan((Plan)newValue);
				return;
			case OrigoPackage.PROJECT__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends Property>)newValue);
				return;
			case OrigoPackage.PROJECT__AUDIT_LOG:
				getAuditLog().clear();
				getAuditLog().addAll((Collection<? extends AuditEntry>)newValue);
				return;
			case OrigoPackage.PROJECT__RETIREMENTS:
				getRetirements().clear();
				getRetirements().addAll((Collection<? extends Retirement>)newValue);
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
			case OrigoPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OrigoPackage.PROJECT__PROFILE_ID:
				setProfileId(PROFILE_ID_EDEFAULT);
				return;
			case OrigoPackage.PROJECT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case OrigoPackage.PROJECT__CATALOG_IDS:
				getCatalogIds().clear();
				return;
			case OrigoPackage.PROJECT__SNAPSHOTS:
				getSnapshots().clear();
				return;
			case OrigoPackage.PROJECT__SOFTWARE_TITLES:
				getSoftwareTitles().clear();
				return;
			case OrigoPackage.PROJECT__ORIGINS:
				getOrigins().clear();
				return;
			case OrigoPackage.PROJECT__MATCHES:
				getMatches().clear();
				return;
			case OrigoPackage.PROJECT__PLAN:
				setPlan((Plan)null);
				return;
			case OrigoPackage.PROJECT__SETTINGS:
				getSettings().clear();
				return;
			case OrigoPackage.PROJECT__AUDIT_LOG:
				getAuditLog().clear();
				return;
			case OrigoPackage.PROJECT__RETIREMENTS:
				getRetirements().clear();
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
			case OrigoPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OrigoPackage.PROJECT__PROFILE_ID:
				return PROFILE_ID_EDEFAULT == null ? profileId != null : !PROFILE_ID_EDEFAULT.equals(profileId);
			case OrigoPackage.PROJECT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case OrigoPackage.PROJECT__CATALOG_IDS:
				return catalogIds != null && !catalogIds.isEmpty();
			case OrigoPackage.PROJECT__SNAPSHOTS:
				return snapshots != null && !snapshots.isEmpty();
			case OrigoPackage.PROJECT__SOFTWARE_TITLES:
				return softwareTitles != null && !softwareTitles.isEmpty();
			case OrigoPackage.PROJECT__ORIGINS:
				return origins != null && !origins.isEmpty();
			case OrigoPackage.PROJECT__MATCHES:
				return matches != null && !matches.isEmpty();
			case OrigoPackage.PROJECT__PLAN:
				return plan != null;
			case OrigoPackage.PROJECT__SETTINGS:
				return settings != null && !settings.isEmpty();
			case OrigoPackage.PROJECT__AUDIT_LOG:
				return auditLog != null && !auditLog.isEmpty();
			case OrigoPackage.PROJECT__RETIREMENTS:
				return retirements != null && !retirements.isEmpty();
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
		result.append(", profileId: ");
		result.append(profileId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", catalogIds: ");
		result.append(catalogIds);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
