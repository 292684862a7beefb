/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.origo.model.OriginFacts;
import org.origo.model.OrigoPackage;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareTitle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Software Title</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getRawPublisher <em>Raw Publisher</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getArchitectures <em>Architectures</em>}</li>
 *   <li>{@link org.origo.model.impl.SoftwareTitleImpl#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SoftwareTitleImpl extends MinimalEObjectImpl.Container implements SoftwareTitle {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

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
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRawPublisher() <em>Raw Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String RAW_PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRawPublisher() <em>Raw Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawPublisher()
	 * @generated
	 * @ordered
	 */
	protected String rawPublisher = RAW_PUBLISHER_EDEFAULT;

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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final SoftwareCategory CATEGORY_EDEFAULT = SoftwareCategory.OTHER;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected SoftwareCategory category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArchitectures() <em>Architectures</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitectures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> architectures;

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
	protected SoftwareTitleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.SOFTWARE_TITLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRawPublisher() {
		return rawPublisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawPublisher(String newRawPublisher) {
		String oldRawPublisher = rawPublisher;
		rawPublisher = newRawPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__RAW_PUBLISHER, oldRawPublisher, rawPublisher));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(SoftwareCategory newCategory) {
		SoftwareCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArchitectures() {
		if (architectures == null) {
			architectures = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.SOFTWARE_TITLE__ARCHITECTURES);
		}
		return architectures;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrigoPackage.SOFTWARE_TITLE__ORIGIN, oldOrigin, origin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.SOFTWARE_TITLE__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.SOFTWARE_TITLE__KEY:
				return getKey();
			case OrigoPackage.SOFTWARE_TITLE__NAME:
				return getName();
			case OrigoPackage.SOFTWARE_TITLE__PUBLISHER:
				return getPublisher();
			case OrigoPackage.SOFTWARE_TITLE__RAW_PUBLISHER:
				return getRawPublisher();
			case OrigoPackage.SOFTWARE_TITLE__VERSION:
				return getVersion();
			case OrigoPackage.SOFTWARE_TITLE__CATEGORY:
				return getCategory();
			case OrigoPackage.SOFTWARE_TITLE__ARCHITECTURES:
				return getArchitectures();
			case OrigoPackage.SOFTWARE_TITLE__ORIGIN:
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
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrigoPackage.SOFTWARE_TITLE__KEY:
				setKey((String)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__NAME:
				setName((String)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__RAW_PUBLISHER:
				setRawPublisher((String)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__VERSION:
				setVersion((String)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__CATEGORY:
				setCategory((SoftwareCategory)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__ARCHITECTURES:
				getArchitectures().clear();
				getArchitectures().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.SOFTWARE_TITLE__ORIGIN:
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
			case OrigoPackage.SOFTWARE_TITLE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case OrigoPackage.SOFTWARE_TITLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OrigoPackage.SOFTWARE_TITLE__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case OrigoPackage.SOFTWARE_TITLE__RAW_PUBLISHER:
				setRawPublisher(RAW_PUBLISHER_EDEFAULT);
				return;
			case OrigoPackage.SOFTWARE_TITLE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case OrigoPackage.SOFTWARE_TITLE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case OrigoPackage.SOFTWARE_TITLE__ARCHITECTURES:
				getArchitectures().clear();
				return;
			case OrigoPackage.SOFTWARE_TITLE__ORIGIN:
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
			case OrigoPackage.SOFTWARE_TITLE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case OrigoPackage.SOFTWARE_TITLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OrigoPackage.SOFTWARE_TITLE__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case OrigoPackage.SOFTWARE_TITLE__RAW_PUBLISHER:
				return RAW_PUBLISHER_EDEFAULT == null ? rawPublisher != null : !RAW_PUBLISHER_EDEFAULT.equals(rawPublisher);
			case OrigoPackage.SOFTWARE_TITLE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case OrigoPackage.SOFTWARE_TITLE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case OrigoPackage.SOFTWARE_TITLE__ARCHITECTURES:
				return architectures != null && !architectures.isEmpty();
			case OrigoPackage.SOFTWARE_TITLE__ORIGIN:
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
		result.append(" (key: ");
		result.append(key);
		result.append(", name: ");
		result.append(name);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", rawPublisher: ");
		result.append(rawPublisher);
		result.append(", version: ");
		result.append(version);
		result.append(", category: ");
		result.append(category);
		result.append(", architectures: ");
		result.append(architectures);
		result.append(')');
		return result.toString();
	}

} //SoftwareTitleImpl
