/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OriginFacts;
import org.origo.model.OrigoPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getRawVendor <em>Raw Vendor</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getAbi <em>Abi</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getCapacityMb <em>Capacity Mb</em>}</li>
 *   <li>{@link org.origo.model.impl.ComponentImpl#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentImpl extends MinimalEObjectImpl.Container implements Component {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentKind KIND_EDEFAULT = ComponentKind.SYSTEM;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ComponentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRawVendor() <em>Raw Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String RAW_VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRawVendor() <em>Raw Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawVendor()
	 * @generated
	 * @ordered
	 */
	protected String rawVendor = RAW_VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected String vendorId = VENDOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected String deviceId = DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAbi() <em>Abi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbi()
	 * @generated
	 * @ordered
	 */
	protected static final String ABI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAbi() <em>Abi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbi()
	 * @generated
	 * @ordered
	 */
	protected String abi = ABI_EDEFAULT;

	/**
	 * The default value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected static final int CORES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected int cores = CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityMb() <em>Capacity Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMb()
	 * @generated
	 * @ordered
	 */
	protected static final long CAPACITY_MB_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCapacityMb() <em>Capacity Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMb()
	 * @generated
	 * @ordered
	 */
	protected long capacityMb = CAPACITY_MB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected OriginFacts origin;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ComponentKind newKind) {
		ComponentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRawVendor() {
		return rawVendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawVendor(String newRawVendor) {
		String oldRawVendor = rawVendor;
		rawVendor = newRawVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__RAW_VENDOR, oldRawVendor, rawVendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__SERIAL, oldSerial, serial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendorId() {
		return vendorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorId(String newVendorId) {
		String oldVendorId = vendorId;
		vendorId = newVendorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__VENDOR_ID, oldVendorId, vendorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceId() {
		return deviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceId(String newDeviceId) {
		String oldDeviceId = deviceId;
		deviceId = newDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__DEVICE_ID, oldDeviceId, deviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAbi() {
		return abi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbi(String newAbi) {
		String oldAbi = abi;
		abi = newAbi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__ABI, oldAbi, abi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCores() {
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCores(int newCores) {
		int oldCores = cores;
		cores = newCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__CORES, oldCores, cores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCapacityMb() {
		return capacityMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityMb(long newCapacityMb) {
		long oldCapacityMb = capacityMb;
		capacityMb = newCapacityMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__CAPACITY_MB, oldCapacityMb, capacityMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OriginFacts getOrigin() {
		if (origin != null && origin.eIsProxy()) {
			InternalEObject oldOrigin = (InternalEObject)origin;
			origin = (OriginFacts)eResolveProxy(oldOrigin);
			if (origin != oldOrigin) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrigoPackage.COMPONENT__ORIGIN, oldOrigin, origin));
			}
		}
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OriginFacts basicGetOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(OriginFacts newOrigin) {
		OriginFacts oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.COMPONENT__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.COMPONENT__KIND:
				return getKind();
			case OrigoPackage.COMPONENT__VENDOR:
				return getVendor();
			case OrigoPackage.COMPONENT__RAW_VENDOR:
				return getRawVendor();
			case OrigoPackage.COMPONENT__PRODUCT:
				return getProduct();
			case OrigoPackage.COMPONENT__MODEL:
				return getModel();
			case OrigoPackage.COMPONENT__VERSION:
				return getVersion();
			case OrigoPackage.COMPONENT__SERIAL:
				return getSerial();
			case OrigoPackage.COMPONENT__VENDOR_ID:
				return getVendorId();
			case OrigoPackage.COMPONENT__DEVICE_ID:
				return getDeviceId();
			case OrigoPackage.COMPONENT__ARCHITECTURE:
				return getArchitecture();
			case OrigoPackage.COMPONENT__ABI:
				return getAbi();
			case OrigoPackage.COMPONENT__CORES:
				return getCores();
			case OrigoPackage.COMPONENT__CAPACITY_MB:
				return getCapacityMb();
			case OrigoPackage.COMPONENT__ORIGIN:
				if (resolve) return getOrigin();
				return basicGetOrigin();
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
			case OrigoPackage.COMPONENT__KIND:
				setKind((ComponentKind)newValue);
				return;
			case OrigoPackage.COMPONENT__VENDOR:
				setVendor((String)newValue);
				return;
			case OrigoPackage.COMPONENT__RAW_VENDOR:
				setRawVendor((String)newValue);
				return;
			case OrigoPackage.COMPONENT__PRODUCT:
				setProduct((String)newValue);
				return;
			case OrigoPackage.COMPONENT__MODEL:
				setModel((String)newValue);
				return;
			case OrigoPackage.COMPONENT__VERSION:
				setVersion((String)newValue);
				return;
			case OrigoPackage.COMPONENT__SERIAL:
				setSerial((String)newValue);
				return;
			case OrigoPackage.COMPONENT__VENDOR_ID:
				setVendorId((String)newValue);
				return;
			case OrigoPackage.COMPONENT__DEVICE_ID:
				setDeviceId((String)newValue);
				return;
			case OrigoPackage.COMPONENT__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case OrigoPackage.COMPONENT__ABI:
				setAbi((String)newValue);
				return;
			case OrigoPackage.COMPONENT__CORES:
				setCores((Integer)newValue);
				return;
			case OrigoPackage.COMPONENT__CAPACITY_MB:
				setCapacityMb((Long)newValue);
				return;
			case OrigoPackage.COMPONENT__ORIGIN:
				setOrigin((OriginFacts)newValue);
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
			case OrigoPackage.COMPONENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__RAW_VENDOR:
				setRawVendor(RAW_VENDOR_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__VENDOR_ID:
				setVendorId(VENDOR_ID_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__DEVICE_ID:
				setDeviceId(DEVICE_ID_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__ABI:
				setAbi(ABI_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__CORES:
				setCores(CORES_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__CAPACITY_MB:
				setCapacityMb(CAPACITY_MB_EDEFAULT);
				return;
			case OrigoPackage.COMPONENT__ORIGIN:
				setOrigin((OriginFacts)null);
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
			case OrigoPackage.COMPONENT__KIND:
				return kind != KIND_EDEFAULT;
			case OrigoPackage.COMPONENT__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case OrigoPackage.COMPONENT__RAW_VENDOR:
				return RAW_VENDOR_EDEFAULT == null ? rawVendor != null : !RAW_VENDOR_EDEFAULT.equals(rawVendor);
			case OrigoPackage.COMPONENT__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case OrigoPackage.COMPONENT__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case OrigoPackage.COMPONENT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case OrigoPackage.COMPONENT__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case OrigoPackage.COMPONENT__VENDOR_ID:
				return VENDOR_ID_EDEFAULT == null ? vendorId != null : !VENDOR_ID_EDEFAULT.equals(vendorId);
			case OrigoPackage.COMPONENT__DEVICE_ID:
				return DEVICE_ID_EDEFAULT == null ? deviceId != null : !DEVICE_ID_EDEFAULT.equals(deviceId);
			case OrigoPackage.COMPONENT__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case OrigoPackage.COMPONENT__ABI:
				return ABI_EDEFAULT == null ? abi != null : !ABI_EDEFAULT.equals(abi);
			case OrigoPackage.COMPONENT__CORES:
				return cores != CORES_EDEFAULT;
			case OrigoPackage.COMPONENT__CAPACITY_MB:
				return capacityMb != CAPACITY_MB_EDEFAULT;
			case OrigoPackage.COMPONENT__ORIGIN:
				return origin != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", rawVendor: ");
		result.append(rawVendor);
		result.append(", product: ");
		result.append(product);
		result.append(", model: ");
		result.append(model);
		result.append(", version: ");
		result.append(version);
		result.append(", serial: ");
		result.append(serial);
		result.append(", vendorId: ");
		result.append(vendorId);
		result.append(", deviceId: ");
		result.append(deviceId);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", abi: ");
		result.append(abi);
		result.append(", cores: ");
		result.append(cores);
		result.append(", capacityMb: ");
		result.append(capacityMb);
		result.append(')');
		return result.toString();
	}

} //ComponentImpl
