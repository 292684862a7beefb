/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine or device of the estate. Its id is stable across snapshots of the same estate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.Asset#getId <em>Id</em>}</li>
 *   <li>{@link org.origo.model.Asset#getHostname <em>Hostname</em>}</li>
 *   <li>{@link org.origo.model.Asset#getSerial <em>Serial</em>}</li>
 *   <li>{@link org.origo.model.Asset#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.origo.model.Asset#getAssetTag <em>Asset Tag</em>}</li>
 *   <li>{@link org.origo.model.Asset#getMacAddress <em>Mac Address</em>}</li>
 *   <li>{@link org.origo.model.Asset#getKind <em>Kind</em>}</li>
 *   <li>{@link org.origo.model.Asset#getSite <em>Site</em>}</li>
 *   <li>{@link org.origo.model.Asset#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.origo.model.Asset#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.origo.model.Asset#getPurchaseDate <em>Purchase Date</em>}</li>
 *   <li>{@link org.origo.model.Asset#getCriticality <em>Criticality</em>}</li>
 *   <li>{@link org.origo.model.Asset#getSources <em>Sources</em>}</li>
 *   <li>{@link org.origo.model.Asset#getComponents <em>Components</em>}</li>
 *   <li>{@link org.origo.model.Asset#getSoftware <em>Software</em>}</li>
 *   <li>{@link org.origo.model.Asset#getVerdicts <em>Verdicts</em>}</li>
 *   <li>{@link org.origo.model.Asset#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getAsset()
 * @model
 * @generated
 */
public interface Asset extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Serial()
	 * @model
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Uuid()
	 * @model
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Asset Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asset Tag</em>' attribute.
	 * @see #setAssetTag(String)
	 * @see org.origo.model.OrigoPackage#getAsset_AssetTag()
	 * @model
	 * @generated
	 */
	String getAssetTag();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getAssetTag <em>Asset Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset Tag</em>' attribute.
	 * @see #getAssetTag()
	 * @generated
	 */
	void setAssetTag(String value);

	/**
	 * Returns the value of the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac Address</em>' attribute.
	 * @see #setMacAddress(String)
	 * @see org.origo.model.OrigoPackage#getAsset_MacAddress()
	 * @model
	 * @generated
	 */
	String getMacAddress();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getMacAddress <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Address</em>' attribute.
	 * @see #getMacAddress()
	 * @generated
	 */
	void setMacAddress(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.origo.model.AssetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.origo.model.AssetKind
	 * @see #setKind(AssetKind)
	 * @see org.origo.model.OrigoPackage#getAsset_Kind()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	AssetKind getKind();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.origo.model.AssetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssetKind value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.origo.model.OrigoPackage#getAsset_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Purchase Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purchase Date</em>' attribute.
	 * @see #setPurchaseDate(Date)
	 * @see org.origo.model.OrigoPackage#getAsset_PurchaseDate()
	 * @model
	 * @generated
	 */
	Date getPurchaseDate();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getPurchaseDate <em>Purchase Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchase Date</em>' attribute.
	 * @see #getPurchaseDate()
	 * @generated
	 */
	void setPurchaseDate(Date value);

	/**
	 * Returns the value of the '<em><b>Criticality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criticality</em>' attribute.
	 * @see #setCriticality(int)
	 * @see org.origo.model.OrigoPackage#getAsset_Criticality()
	 * @model
	 * @generated
	 */
	int getCriticality();

	/**
	 * Sets the value of the '{@link org.origo.model.Asset#getCriticality <em>Criticality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criticality</em>' attribute.
	 * @see #getCriticality()
	 * @generated
	 */
	void setCriticality(int value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getAsset_Sources()
	 * @model
	 * @generated
	 */
	EList<String> getSources();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getAsset_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Software</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.SoftwareInstall}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Software</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getAsset_Software()
	 * @model containment="true"
	 * @generated
	 */
	EList<SoftwareInstall> getSoftware();

	/**
	 * Returns the value of the '<em><b>Verdicts</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdicts</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getAsset_Verdicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Verdict> getVerdicts();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.origo.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.origo.model.OrigoPackage#getAsset_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

} // Asset
