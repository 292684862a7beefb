/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product a vendor offers as a replacement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.CatalogProduct#getId <em>Id</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getCategory <em>Category</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getCores <em>Cores</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getMemoryGb <em>Memory Gb</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getStorageGb <em>Storage Gb</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getFormFactor <em>Form Factor</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getCpuPlatform <em>Cpu Platform</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getAbi <em>Abi</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getCertifiedOs <em>Certified Os</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getCertifiedWith <em>Certified With</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getPrice <em>Price</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#isPriceIsSample <em>Price Is Sample</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getLeadTimeDays <em>Lead Time Days</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getSupportYears <em>Support Years</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getReplaces <em>Replaces</em>}</li>
 *   <li>{@link org.origo.model.CatalogProduct#getSpecs <em>Specs</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getCatalogProduct()
 * @model
 * @generated
 */
public interface CatalogProduct extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.origo.model.ProductCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.origo.model.ProductCategory
	 * @see #setCategory(ProductCategory)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Category()
	 * @model
	 * @generated
	 */
	ProductCategory getCategory();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.origo.model.ProductCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ProductCategory value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cores</em>' attribute.
	 * @see #setCores(int)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Cores()
	 * @model
	 * @generated
	 */
	int getCores();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getCores <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores</em>' attribute.
	 * @see #getCores()
	 * @generated
	 */
	void setCores(int value);

	/**
	 * Returns the value of the '<em><b>Memory Gb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Gb</em>' attribute.
	 * @see #setMemoryGb(int)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_MemoryGb()
	 * @model
	 * @generated
	 */
	int getMemoryGb();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getMemoryGb <em>Memory Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Gb</em>' attribute.
	 * @see #getMemoryGb()
	 * @generated
	 */
	void setMemoryGb(int value);

	/**
	 * Returns the value of the '<em><b>Storage Gb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storage Gb</em>' attribute.
	 * @see #setStorageGb(int)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_StorageGb()
	 * @model
	 * @generated
	 */
	int getStorageGb();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getStorageGb <em>Storage Gb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Gb</em>' attribute.
	 * @see #getStorageGb()
	 * @generated
	 */
	void setStorageGb(int value);

	/**
	 * Returns the value of the '<em><b>Form Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form Factor</em>' attribute.
	 * @see #setFormFactor(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_FormFactor()
	 * @model
	 * @generated
	 */
	String getFormFactor();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getFormFactor <em>Form Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form Factor</em>' attribute.
	 * @see #getFormFactor()
	 * @generated
	 */
	void setFormFactor(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Platform</em>' attribute.
	 * @see #setCpuPlatform(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_CpuPlatform()
	 * @model
	 * @generated
	 */
	String getCpuPlatform();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getCpuPlatform <em>Cpu Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Platform</em>' attribute.
	 * @see #getCpuPlatform()
	 * @generated
	 */
	void setCpuPlatform(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Abi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Abi</em>' attribute.
	 * @see #setAbi(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Abi()
	 * @model
	 * @generated
	 */
	String getAbi();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getAbi <em>Abi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abi</em>' attribute.
	 * @see #getAbi()
	 * @generated
	 */
	void setAbi(String value);

	/**
	 * Returns the value of the '<em><b>Certified Os</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certified Os</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_CertifiedOs()
	 * @model
	 * @generated
	 */
	EList<String> getCertifiedOs();

	/**
	 * Returns the value of the '<em><b>Certified With</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certified With</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_CertifiedWith()
	 * @model
	 * @generated
	 */
	EList<String> getCertifiedWith();

	/**
	 * Returns the value of the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price</em>' attribute.
	 * @see #setPrice(double)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Price()
	 * @model
	 * @generated
	 */
	double getPrice();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getPrice <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price</em>' attribute.
	 * @see #getPrice()
	 * @generated
	 */
	void setPrice(double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Price Is Sample</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Is Sample</em>' attribute.
	 * @see #setPriceIsSample(boolean)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_PriceIsSample()
	 * @model default="true"
	 * @generated
	 */
	boolean isPriceIsSample();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#isPriceIsSample <em>Price Is Sample</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Is Sample</em>' attribute.
	 * @see #isPriceIsSample()
	 * @generated
	 */
	void setPriceIsSample(boolean value);

	/**
	 * Returns the value of the '<em><b>Lead Time Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Time Days</em>' attribute.
	 * @see #setLeadTimeDays(int)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_LeadTimeDays()
	 * @model
	 * @generated
	 */
	int getLeadTimeDays();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getLeadTimeDays <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Time Days</em>' attribute.
	 * @see #getLeadTimeDays()
	 * @generated
	 */
	void setLeadTimeDays(int value);

	/**
	 * Returns the value of the '<em><b>Support Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support Years</em>' attribute.
	 * @see #setSupportYears(int)
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_SupportYears()
	 * @model
	 * @generated
	 */
	int getSupportYears();

	/**
	 * Sets the value of the '{@link org.origo.model.CatalogProduct#getSupportYears <em>Support Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Years</em>' attribute.
	 * @see #getSupportYears()
	 * @generated
	 */
	void setSupportYears(int value);

	/**
	 * Returns the value of the '<em><b>Replaces</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replaces</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Replaces()
	 * @model
	 * @generated
	 */
	EList<String> getReplaces();

	/**
	 * Returns the value of the '<em><b>Specs</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specs</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getCatalogProduct_Specs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getSpecs();

} // CatalogProduct
