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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.origo.model.CatalogProduct;
import org.origo.model.OrigoPackage;
import org.origo.model.ProductCategory;
import org.origo.model.Property;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalog Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getMemoryGb <em>Memory Gb</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getStorageGb <em>Storage Gb</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getFormFactor <em>Form Factor</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getCpuPlatform <em>Cpu Platform</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getAbi <em>Abi</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getCertifiedOs <em>Certified Os</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getCertifiedWith <em>Certified With</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getPrice <em>Price</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#isPriceIsSample <em>Price Is Sample</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getLeadTimeDays <em>Lead Time Days</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getSupportYears <em>Support Years</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getReplaces <em>Replaces</em>}</li>
 *   <li>{@link org.origo.model.impl.CatalogProductImpl#getSpecs <em>Specs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogProductImpl extends MinimalEObjectImpl.Container implements CatalogProduct {
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
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected String nameZh = NAME_ZH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ProductCategory CATEGORY_EDEFAULT = ProductCategory.DESKTOP;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ProductCategory category = CATEGORY_EDEFAULT;

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
	 * The default value of the '{@link #getMemoryGb() <em>Memory Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryGb()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_GB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMemoryGb() <em>Memory Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryGb()
	 * @generated
	 * @ordered
	 */
	protected int memoryGb = MEMORY_GB_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageGb() <em>Storage Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageGb()
	 * @generated
	 * @ordered
	 */
	protected static final int STORAGE_GB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStorageGb() <em>Storage Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageGb()
	 * @generated
	 * @ordered
	 */
	protected int storageGb = STORAGE_GB_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormFactor() <em>Form Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormFactor()
	 * @generated
	 * @ordered
	 */
	protected static final String FORM_FACTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormFactor() <em>Form Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormFactor()
	 * @generated
	 * @ordered
	 */
	protected String formFactor = FORM_FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuPlatform() <em>Cpu Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPlatform()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_PLATFORM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuPlatform() <em>Cpu Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPlatform()
	 * @generated
	 * @ordered
	 */
	protected String cpuPlatform = CPU_PLATFORM_EDEFAULT;

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
	 * The cached value of the '{@link #getCertifiedOs() <em>Certified Os</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertifiedOs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> certifiedOs;

	/**
	 * The cached value of the '{@link #getCertifiedWith() <em>Certified With</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertifiedWith()
	 * @generated
	 * @ordered
	 */
	protected EList<String> certifiedWith;

	/**
	 * The default value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected static final double PRICE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected double price = PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

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
	 * The default value of the '{@link #isPriceIsSample() <em>Price Is Sample</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriceIsSample()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRICE_IS_SAMPLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPriceIsSample() <em>Price Is Sample</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriceIsSample()
	 * @generated
	 * @ordered
	 */
	protected boolean priceIsSample = PRICE_IS_SAMPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadTimeDays() <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int LEAD_TIME_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLeadTimeDays() <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeDays()
	 * @generated
	 * @ordered
	 */
	protected int leadTimeDays = LEAD_TIME_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportYears() <em>Support Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportYears()
	 * @generated
	 * @ordered
	 */
	protected static final int SUPPORT_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSupportYears() <em>Support Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportYears()
	 * @generated
	 * @ordered
	 */
	protected int supportYears = SUPPORT_YEARS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReplaces() <em>Replaces</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplaces()
	 * @generated
	 * @ordered
	 */
	protected EList<String> replaces;

	/**
	 * The cached value of the '{@link #getSpecs() <em>Specs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecs()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> specs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogProductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.CATALOG_PRODUCT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameZh() {
		return nameZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameZh(String newNameZh) {
		String oldNameZh = nameZh;
		nameZh = newNameZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__NAME_ZH, oldNameZh, nameZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ProductCategory newCategory) {
		ProductCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__CORES, oldCores, cores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryGb() {
		return memoryGb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryGb(int newMemoryGb) {
		int oldMemoryGb = memoryGb;
		memoryGb = newMemoryGb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__MEMORY_GB, oldMemoryGb, memoryGb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStorageGb() {
		return storageGb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageGb(int newStorageGb) {
		int oldStorageGb = storageGb;
		storageGb = newStorageGb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__STORAGE_GB, oldStorageGb, storageGb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormFactor() {
		return formFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormFactor(String newFormFactor) {
		String oldFormFactor = formFactor;
		formFactor = newFormFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__FORM_FACTOR, oldFormFactor, formFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuPlatform() {
		return cpuPlatform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuPlatform(String newCpuPlatform) {
		String oldCpuPlatform = cpuPlatform;
		cpuPlatform = newCpuPlatform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__CPU_PLATFORM, oldCpuPlatform, cpuPlatform));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__ARCHITECTURE, oldArchitecture, architecture));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__ABI, oldAbi, abi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCertifiedOs() {
		if (certifiedOs == null) {
			certifiedOs = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.CATALOG_PRODUCT__CERTIFIED_OS);
		}
		return certifiedOs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCertifiedWith() {
		if (certifiedWith == null) {
			certifiedWith = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.CATALOG_PRODUCT__CERTIFIED_WITH);
		}
		return certifiedWith;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrice() {
		return price;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrice(double newPrice) {
		double oldPrice = price;
		price = newPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__PRICE, oldPrice, price));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPriceIsSample() {
		return priceIsSample;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriceIsSample(boolean newPriceIsSample) {
		boolean oldPriceIsSample = priceIsSample;
		priceIsSample = newPriceIsSample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__PRICE_IS_SAMPLE, oldPriceIsSample, priceIsSample));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLeadTimeDays() {
		return leadTimeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadTimeDays(int newLeadTimeDays) {
		int oldLeadTimeDays = leadTimeDays;
		leadTimeDays = newLeadTimeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__LEAD_TIME_DAYS, oldLeadTimeDays, leadTimeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSupportYears() {
		return supportYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportYears(int newSupportYears) {
		int oldSupportYears = supportYears;
		supportYears = newSupportYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.CATALOG_PRODUCT__SUPPORT_YEARS, oldSupportYears, supportYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReplaces() {
		if (replaces == null) {
			replaces = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.CATALOG_PRODUCT__REPLACES);
		}
		return replaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getSpecs() {
		if (specs == null) {
			specs = new EObjectContainmentEList<Property>(Property.class, this, OrigoPackage.CATALOG_PRODUCT__SPECS);
		}
		return specs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrigoPackage.CATALOG_PRODUCT__SPECS:
				return ((InternalEList<?>)getSpecs()).basicRemove(otherEnd, msgs);
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
			case OrigoPackage.CATALOG_PRODUCT__ID:
				return getId();
			case OrigoPackage.CATALOG_PRODUCT__VENDOR:
				return getVendor();
			case OrigoPackage.CATALOG_PRODUCT__NAME_EN:
				return getNameEn();
			case OrigoPackage.CATALOG_PRODUCT__NAME_ZH:
				return getNameZh();
			case OrigoPackage.CATALOG_PRODUCT__CATEGORY:
				return getCategory();
			case OrigoPackage.CATALOG_PRODUCT__CORES:
				return getCores();
			case OrigoPackage.CATALOG_PRODUCT__MEMORY_GB:
				return getMemoryGb();
			case OrigoPackage.CATALOG_PRODUCT__STORAGE_GB:
				return getStorageGb();
			case OrigoPackage.CATALOG_PRODUCT__FORM_FACTOR:
				return getFormFactor();
			case OrigoPackage.CATALOG_PRODUCT__CPU_PLATFORM:
				return getCpuPlatform();
			case OrigoPackage.CATALOG_PRODUCT__ARCHITECTURE:
				return getArchitecture();
			case OrigoPackage.CATALOG_PRODUCT__ABI:
				return getAbi();
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_OS:
				return getCertifiedOs();
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_WITH:
				return getCertifiedWith();
			case OrigoPackage.CATALOG_PRODUCT__PRICE:
				return getPrice();
			case OrigoPackage.CATALOG_PRODUCT__CURRENCY:
				return getCurrency();
			case OrigoPackage.CATALOG_PRODUCT__PRICE_IS_SAMPLE:
				return isPriceIsSample();
			case OrigoPackage.CATALOG_PRODUCT__LEAD_TIME_DAYS:
				return getLeadTimeDays();
			case OrigoPackage.CATALOG_PRODUCT__SUPPORT_YEARS:
				return getSupportYears();
			case OrigoPackage.CATALOG_PRODUCT__REPLACES:
				return getReplaces();
			case OrigoPackage.CATALOG_PRODUCT__SPECS:
				return getSpecs();
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
			case OrigoPackage.CATALOG_PRODUCT__ID:
				setId((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__VENDOR:
				setVendor((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__NAME_EN:
				setNameEn((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CATEGORY:
				setCategory((ProductCategory)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CORES:
				setCores((Integer)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__MEMORY_GB:
				setMemoryGb((Integer)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__STORAGE_GB:
				setStorageGb((Integer)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__FORM_FACTOR:
				setFormFactor((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CPU_PLATFORM:
				setCpuPlatform((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__ABI:
				setAbi((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_OS:
				getCertifiedOs().clear();
				getCertifiedOs().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_WITH:
				getCertifiedWith().clear();
				getCertifiedWith().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__PRICE:
				setPrice((Double)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CURRENCY:
				setCurrency((String)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__PRICE_IS_SAMPLE:
				setPriceIsSample((Boolean)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__LEAD_TIME_DAYS:
				setLeadTimeDays((Integer)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__SUPPORT_YEARS:
				setSupportYears((Integer)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__REPLACES:
				getReplaces().clear();
				getReplaces().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.CATALOG_PRODUCT__SPECS:
				getSpecs().clear();
				getSpecs().addAll((Collection<? extends Property>)newValue);
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
			case OrigoPackage.CATALOG_PRODUCT__ID:
				setId(ID_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CORES:
				setCores(CORES_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__MEMORY_GB:
				setMemoryGb(MEMORY_GB_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__STORAGE_GB:
				setStorageGb(STORAGE_GB_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__FORM_FACTOR:
				setFormFactor(FORM_FACTOR_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CPU_PLATFORM:
				setCpuPlatform(CPU_PLATFORM_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__ABI:
				setAbi(ABI_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_OS:
				getCertifiedOs().clear();
				return;
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_WITH:
				getCertifiedWith().clear();
				return;
			case OrigoPackage.CATALOG_PRODUCT__PRICE:
				setPrice(PRICE_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__PRICE_IS_SAMPLE:
				setPriceIsSample(PRICE_IS_SAMPLE_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__LEAD_TIME_DAYS:
				setLeadTimeDays(LEAD_TIME_DAYS_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__SUPPORT_YEARS:
				setSupportYears(SUPPORT_YEARS_EDEFAULT);
				return;
			case OrigoPackage.CATALOG_PRODUCT__REPLACES:
				getReplaces().clear();
				return;
			case OrigoPackage.CATALOG_PRODUCT__SPECS:
				getSpecs().clear();
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
			case OrigoPackage.CATALOG_PRODUCT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OrigoPackage.CATALOG_PRODUCT__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case OrigoPackage.CATALOG_PRODUCT__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case OrigoPackage.CATALOG_PRODUCT__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case OrigoPackage.CATALOG_PRODUCT__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__CORES:
				return cores != CORES_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__MEMORY_GB:
				return memoryGb != MEMORY_GB_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__STORAGE_GB:
				return storageGb != STORAGE_GB_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__FORM_FACTOR:
				return FORM_FACTOR_EDEFAULT == null ? formFactor != null : !FORM_FACTOR_EDEFAULT.equals(formFactor);
			case OrigoPackage.CATALOG_PRODUCT__CPU_PLATFORM:
				return CPU_PLATFORM_EDEFAULT == null ? cpuPlatform != null : !CPU_PLATFORM_EDEFAULT.equals(cpuPlatform);
			case OrigoPackage.CATALOG_PRODUCT__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case OrigoPackage.CATALOG_PRODUCT__ABI:
				return ABI_EDEFAULT == null ? abi != null : !ABI_EDEFAULT.equals(abi);
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_OS:
				return certifiedOs != null && !certifiedOs.isEmpty();
			case OrigoPackage.CATALOG_PRODUCT__CERTIFIED_WITH:
				return certifiedWith != null && !certifiedWith.isEmpty();
			case OrigoPackage.CATALOG_PRODUCT__PRICE:
				return price != PRICE_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case OrigoPackage.CATALOG_PRODUCT__PRICE_IS_SAMPLE:
				return priceIsSample != PRICE_IS_SAMPLE_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__LEAD_TIME_DAYS:
				return leadTimeDays != LEAD_TIME_DAYS_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__SUPPORT_YEARS:
				return supportYears != SUPPORT_YEARS_EDEFAULT;
			case OrigoPackage.CATALOG_PRODUCT__REPLACES:
				return replaces != null && !replaces.isEmpty();
			case OrigoPackage.CATALOG_PRODUCT__SPECS:
				return specs != null && !specs.isEmpty();
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
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", category: ");
		result.append(category);
		result.append(", cores: ");
		result.append(cores);
		result.append(", memoryGb: ");
		result.append(memoryGb);
		result.append(", storageGb: ");
		result.append(storageGb);
		result.append(", formFactor: ");
		result.append(formFactor);
		result.append(", cpuPlatform: ");
		result.append(cpuPlatform);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", abi: ");
		result.append(abi);
		result.append(", certifiedOs: ");
		result.append(certifiedOs);
		result.append(", certifiedWith: ");
		result.append(certifiedWith);
		result.append(", price: ");
		result.append(price);
		result.append(", currency: ");
		result.append(currency);
		result.append(", priceIsSample: ");
		result.append(priceIsSample);
		result.append(", leadTimeDays: ");
		result.append(leadTimeDays);
		result.append(", supportYears: ");
		result.append(supportYears);
		result.append(", replaces: ");
		result.append(replaces);
		result.append(')');
		return result.toString();
	}

} //CatalogProductImpl
