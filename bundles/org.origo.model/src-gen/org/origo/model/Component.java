/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of an asset as the inventory recorded it: vendor (canonical and raw), product, ids, architecture.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.Component#getKind <em>Kind</em>}</li>
 *   <li>{@link org.origo.model.Component#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.origo.model.Component#getRawVendor <em>Raw Vendor</em>}</li>
 *   <li>{@link org.origo.model.Component#getProduct <em>Product</em>}</li>
 *   <li>{@link org.origo.model.Component#getModel <em>Model</em>}</li>
 *   <li>{@link org.origo.model.Component#getVersion <em>Version</em>}</li>
 *   <li>{@link org.origo.model.Component#getSerial <em>Serial</em>}</li>
 *   <li>{@link org.origo.model.Component#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link org.origo.model.Component#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link org.origo.model.Component#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.origo.model.Component#getAbi <em>Abi</em>}</li>
 *   <li>{@link org.origo.model.Component#getCores <em>Cores</em>}</li>
 *   <li>{@link org.origo.model.Component#getCapacityMb <em>Capacity Mb</em>}</li>
 *   <li>{@link org.origo.model.Component#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getComponent()
 * @model
 * @generated
 */
public interface Component extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.origo.model.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.origo.model.ComponentKind
	 * @see #setKind(ComponentKind)
	 * @see org.origo.model.OrigoPackage#getComponent_Kind()
	 * @model
	 * @generated
	 */
	ComponentKind getKind();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.origo.model.ComponentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.origo.model.OrigoPackage#getComponent_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Raw Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw Vendor</em>' attribute.
	 * @see #setRawVendor(String)
	 * @see org.origo.model.OrigoPackage#getComponent_RawVendor()
	 * @model
	 * @generated
	 */
	String getRawVendor();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getRawVendor <em>Raw Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Vendor</em>' attribute.
	 * @see #getRawVendor()
	 * @generated
	 */
	void setRawVendor(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see org.origo.model.OrigoPackage#getComponent_Product()
	 * @model
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.origo.model.OrigoPackage#getComponent_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.origo.model.OrigoPackage#getComponent_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see org.origo.model.OrigoPackage#getComponent_Serial()
	 * @model
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor Id</em>' attribute.
	 * @see #setVendorId(String)
	 * @see org.origo.model.OrigoPackage#getComponent_VendorId()
	 * @model
	 * @generated
	 */
	String getVendorId();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getVendorId <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Id</em>' attribute.
	 * @see #getVendorId()
	 * @generated
	 */
	void setVendorId(String value);

	/**
	 * Returns the value of the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Id</em>' attribute.
	 * @see #setDeviceId(String)
	 * @see org.origo.model.OrigoPackage#getComponent_DeviceId()
	 * @model
	 * @generated
	 */
	String getDeviceId();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getDeviceId <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Id</em>' attribute.
	 * @see #getDeviceId()
	 * @generated
	 */
	void setDeviceId(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.origo.model.OrigoPackage#getComponent_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getArchitecture <em>Architecture</em>}' attribute.
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
	 * @see org.origo.model.OrigoPackage#getComponent_Abi()
	 * @model
	 * @generated
	 */
	String getAbi();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getAbi <em>Abi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abi</em>' attribute.
	 * @see #getAbi()
	 * @generated
	 */
	void setAbi(String value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cores</em>' attribute.
	 * @see #setCores(int)
	 * @see org.origo.model.OrigoPackage#getComponent_Cores()
	 * @model
	 * @generated
	 */
	int getCores();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getCores <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores</em>' attribute.
	 * @see #getCores()
	 * @generated
	 */
	void setCores(int value);

	/**
	 * Returns the value of the '<em><b>Capacity Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity Mb</em>' attribute.
	 * @see #setCapacityMb(long)
	 * @see org.origo.model.OrigoPackage#getComponent_CapacityMb()
	 * @model
	 * @generated
	 */
	long getCapacityMb();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getCapacityMb <em>Capacity Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Mb</em>' attribute.
	 * @see #getCapacityMb()
	 * @generated
	 */
	void setCapacityMb(long value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' reference.
	 * @see #setOrigin(OriginFacts)
	 * @see org.origo.model.OrigoPackage#getComponent_Origin()
	 * @model
	 * @generated
	 */
	OriginFacts getOrigin();

	/**
	 * Sets the value of the '{@link org.origo.model.Component#getOrigin <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' reference.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(OriginFacts value);

} // Component
