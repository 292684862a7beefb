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

import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.OrigoPackage;
import org.origo.model.Property;
import org.origo.model.SoftwareInstall;
import org.origo.model.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.AssetImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getAssetTag <em>Asset Tag</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getMacAddress <em>Mac Address</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getPurchaseDate <em>Purchase Date</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getCriticality <em>Criticality</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getSoftware <em>Software</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getVerdicts <em>Verdicts</em>}</li>
 *   <li>{@link org.origo.model.impl.AssetImpl#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssetImpl extends MinimalEObjectImpl.Container implements Asset {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected String serial = SERIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected String uuid = UUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssetTag() <em>Asset Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetTag()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSET_TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssetTag() <em>Asset Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssetTag()
	 * @generated
	 * @ordered
	 */
	protected String assetTag = ASSET_TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getMacAddress() <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMacAddress() <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddress()
	 * @generated
	 * @ordered
	 */
	protected String macAddress = MAC_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssetKind KIND_EDEFAULT = AssetKind.UNKNOWN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurchaseDate() <em>Purchase Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchaseDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date PURCHASE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurchaseDate() <em>Purchase Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchaseDate()
	 * @generated
	 * @ordered
	 */
	protected Date purchaseDate = PURCHASE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriticality() <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticality()
	 * @generated
	 * @ordered
	 */
	protected static final int CRITICALITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCriticality() <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticality()
	 * @generated
	 * @ordered
	 */
	protected int criticality = CRITICALITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sources;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> components;

	/**
	 * The cached value of the '{@link #getSoftware() <em>Software</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftware()
	 * @generated
	 * @ordered
	 */
	protected EList<SoftwareInstall> software;

	/**
	 * The cached value of the '{@link #getVerdicts() <em>Verdicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdicts()
	 * @generated
	 * @ordered
	 */
	protected EList<Verdict> verdicts;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> properties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerial() {
		return serial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerial(String newSerial) {
		String oldSerial = serial;
		serial = newSerial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__SERIAL, oldSerial, serial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return uuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		String oldUuid = uuid;
		uuid = newUuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__UUID, oldUuid, uuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssetTag() {
		return assetTag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssetTag(String newAssetTag) {
		String oldAssetTag = assetTag;
		assetTag = newAssetTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__ASSET_TAG, oldAssetTag, assetTag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMacAddress() {
		return macAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMacAddress(String newMacAddress) {
		String oldMacAddress = macAddress;
		macAddress = newMacAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__MAC_ADDRESS, oldMacAddress, macAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssetKind newKind) {
		AssetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPurchaseDate() {
		return purchaseDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurchaseDate(Date newPurchaseDate) {
		Date oldPurchaseDate = purchaseDate;
		purchaseDate = newPurchaseDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__PURCHASE_DATE, oldPurchaseDate, purchaseDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCriticality() {
		return criticality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticality(int newCriticality) {
		int oldCriticality = criticality;
		criticality = newCriticality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.ASSET__CRITICALITY, oldCriticality, criticality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSources() {
		if (sources == null) {
			sources = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.ASSET__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<Component>(Component.class, this, OrigoPackage.ASSET__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SoftwareInstall> getSoftware() {
		if (software == null) {
			software = new EObjectContainmentEList<SoftwareInstall>(SoftwareInstall.class, this, OrigoPackage.ASSET__SOFTWARE);
		}
		return software;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Verdict> getVerdicts() {
		if (verdicts == null) {
			verdicts = new EObjectContainmentEList<Verdict>(Verdict.class, this, OrigoPackage.ASSET__VERDICTS);
		}
		return verdicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<Property>(Property.class, this, OrigoPackage.ASSET__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrigoPackage.ASSET__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case OrigoPackage.ASSET__SOFTWARE:
				return ((InternalEList<?>)getSoftware()).basicRemove(otherEnd, msgs);
			case OrigoPackage.ASSET__VERDICTS:
				return ((InternalEList<?>)getVerdicts()).basicRemove(otherEnd, msgs);
			case OrigoPackage.ASSET__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
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
			case OrigoPackage.ASSET__ID:
				return getId();
			case OrigoPackage.ASSET__HOSTNAME:
				return getHostname();
			case OrigoPackage.ASSET__SERIAL:
				return getSerial();
			case OrigoPackage.ASSET__UUID:
				return getUuid();
			case OrigoPackage.ASSET__ASSET_TAG:
				return getAssetTag();
			case OrigoPackage.ASSET__MAC_ADDRESS:
				return getMacAddress();
			case OrigoPackage.ASSET__KIND:
				return getKind();
			case OrigoPackage.ASSET__SITE:
				return getSite();
			case OrigoPackage.ASSET__DEPARTMENT:
				return getDepartment();
			case OrigoPackage.ASSET__OWNER:
				return getOwner();
			case OrigoPackage.ASSET__PURCHASE_DATE:
				return getPurchaseDate();
			case OrigoPackage.ASSET__CRITICALITY:
				return getCriticality();
			case OrigoPackage.ASSET__SOURCES:
				return getSources();
			case OrigoPackage.ASSET__COMPONENTS:
				return getComponents();
			case OrigoPackage.ASSET__SOFTWARE:
				return getSoftware();
			case OrigoPackage.ASSET__VERDICTS:
				return getVerdicts();
			case OrigoPackage.ASSET__PROPERTIES:
				return getProperties();
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
			case OrigoPackage.ASSET__ID:
				setId((String)newValue);
				return;
			case OrigoPackage.ASSET__HOSTNAME:
				setHostname((String)newValue);
				return;
			case OrigoPackage.ASSET__SERIAL:
				setSerial((String)newValue);
				return;
			case OrigoPackage.ASSET__UUID:
				setUuid((String)newValue);
				return;
			case OrigoPackage.ASSET__ASSET_TAG:
				setAssetTag((String)newValue);
				return;
			case OrigoPackage.ASSET__MAC_ADDRESS:
				setMacAddress((String)newValue);
				return;
			case OrigoPackage.ASSET__KIND:
				setKind((AssetKind)newValue);
				return;
			case OrigoPackage.ASSET__SITE:
				setSite((String)newValue);
				return;
			case OrigoPackage.ASSET__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case OrigoPackage.ASSET__OWNER:
				setOwner((String)newValue);
				return;
			case OrigoPackage.ASSET__PURCHASE_DATE:
				setPurchaseDate((Date)newValue);
				return;
			case OrigoPackage.ASSET__CRITICALITY:
				setCriticality((Integer)newValue);
				return;
			case OrigoPackage.ASSET__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.ASSET__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case OrigoPackage.ASSET__SOFTWARE:
				getSoftware().clear();
				getSoftware().addAll((Collection<? extends SoftwareInstall>)newValue);
				return;
			case OrigoPackage.ASSET__VERDICTS:
				getVerdicts().clear();
				getVerdicts().addAll((Collection<? extends Verdict>)newValue);
				return;
			case OrigoPackage.ASSET__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends Property>)newValue);
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
			case OrigoPackage.ASSET__ID:
				setId(ID_EDEFAULT);
				return;
			case OrigoPackage.ASSET__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case OrigoPackage.ASSET__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case OrigoPackage.ASSET__UUID:
				setUuid(UUID_EDEFAULT);
				return;
			case OrigoPackage.ASSET__ASSET_TAG:
				setAssetTag(ASSET_TAG_EDEFAULT);
				return;
			case OrigoPackage.ASSET__MAC_ADDRESS:
				setMacAddress(MAC_ADDRESS_EDEFAULT);
				return;
			case OrigoPackage.ASSET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrigoPackage.ASSET__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case OrigoPackage.ASSET__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case OrigoPackage.ASSET__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case OrigoPackage.ASSET__PURCHASE_DATE:
				setPurchaseDate(PURCHASE_DATE_EDEFAULT);
				return;
			case OrigoPackage.ASSET__CRITICALITY:
				setCriticality(CRITICALITY_EDEFAULT);
				return;
			case OrigoPackage.ASSET__SOURCES:
				getSources().clear();
				return;
			case OrigoPackage.ASSET__COMPONENTS:
				getComponents().clear();
				return;
			case OrigoPackage.ASSET__SOFTWARE:
				getSoftware().clear();
				return;
			case OrigoPackage.ASSET__VERDICTS:
				getVerdicts().clear();
				return;
			case OrigoPackage.ASSET__PROPERTIES:
				getProperties().clear();
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
			case OrigoPackage.ASSET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OrigoPackage.ASSET__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case OrigoPackage.ASSET__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case OrigoPackage.ASSET__UUID:
				return UUID_EDEFAULT == null ? uuid != null : !UUID_EDEFAULT.equals(uuid);
			case OrigoPackage.ASSET__ASSET_TAG:
				return ASSET_TAG_EDEFAULT == null ? assetTag != null : !ASSET_TAG_EDEFAULT.equals(assetTag);
			case OrigoPackage.ASSET__MAC_ADDRESS:
				return MAC_ADDRESS_EDEFAULT == null ? macAddress != null : !MAC_ADDRESS_EDEFAULT.equals(macAddress);
			case OrigoPackage.ASSET__KIND:
				return kind != KIND_EDEFAULT;
			case OrigoPackage.ASSET__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case OrigoPackage.ASSET__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case OrigoPackage.ASSET__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case OrigoPackage.ASSET__PURCHASE_DATE:
				return PURCHASE_DATE_EDEFAULT == null ? purchaseDate != null : !PURCHASE_DATE_EDEFAULT.equals(purchaseDate);
			case OrigoPackage.ASSET__CRITICALITY:
				return criticality != CRITICALITY_EDEFAULT;
			case OrigoPackage.ASSET__SOURCES:
				return sources != null && !sources.isEmpty();
			case OrigoPackage.ASSET__COMPONENTS:
				return components != null && !components.isEmpty();
			case OrigoPackage.ASSET__SOFTWARE:
				return software != null && !software.isEmpty();
			case OrigoPackage.ASSET__VERDICTS:
				return verdicts != null && !verdicts.isEmpty();
			case OrigoPackage.ASSET__PROPERTIES:
				return properties != null && !properties.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", hostname: ");
		result.append(hostname);
		result.append(", serial: ");
		result.append(serial);
		result.append(", uuid: ");
		result.append(uuid);
		result.append(", assetTag: ");
		result.append(assetTag);
		result.append(", macAddress: ");
		result.append(macAddress);
		result.append(", kind: ");
		result.append(kind);
		result.append(", site: ");
		result.append(site);
		result.append(", department: ");
		result.append(department);
		result.append(", owner: ");
		result.append(owner);
		result.append(", purchaseDate: ");
		result.append(purchaseDate);
		result.append(", criticality: ");
		result.append(criticality);
		result.append(", sources: ");
		result.append(sources);
		result.append(')');
		return result.toString();
	}

} //AssetImpl
