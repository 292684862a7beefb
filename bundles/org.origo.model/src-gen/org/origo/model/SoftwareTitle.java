/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Software Title</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A software title shared by every asset that has it installed (flyweight).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.SoftwareTitle#getKey <em>Key</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getName <em>Name</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getRawPublisher <em>Raw Publisher</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getVersion <em>Version</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getCategory <em>Category</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getArchitectures <em>Architectures</em>}</li>
 *   <li>{@link org.origo.model.SoftwareTitle#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getSoftwareTitle()
 * @model
 * @generated
 */
public interface SoftwareTitle extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Raw Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw Publisher</em>' attribute.
	 * @see #setRawPublisher(String)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_RawPublisher()
	 * @model
	 * @generated
	 */
	String getRawPublisher();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getRawPublisher <em>Raw Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Publisher</em>' attribute.
	 * @see #getRawPublisher()
	 * @generated
	 */
	void setRawPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.origo.model.SoftwareCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.origo.model.SoftwareCategory
	 * @see #setCategory(SoftwareCategory)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Category()
	 * @model
	 * @generated
	 */
	SoftwareCategory getCategory();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.origo.model.SoftwareCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(SoftwareCategory value);

	/**
	 * Returns the value of the '<em><b>Architectures</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architectures</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Architectures()
	 * @model
	 * @generated
	 */
	EList<String> getArchitectures();

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' reference.
	 * @see #setOrigin(OriginFacts)
	 * @see org.origo.model.OrigoPackage#getSoftwareTitle_Origin()
	 * @model
	 * @generated
	 */
	OriginFacts getOrigin();

	/**
	 * Sets the value of the '{@link org.origo.model.SoftwareTitle#getOrigin <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' reference.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(OriginFacts value);

} // SoftwareTitle
