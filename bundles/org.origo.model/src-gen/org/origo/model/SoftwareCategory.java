/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Software Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.origo.model.OrigoPackage#getSoftwareCategory()
 * @model
 * @generated
 */
public enum SoftwareCategory implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>OPERATING SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATING_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	OPERATING_SYSTEM(1, "OPERATING_SYSTEM", "OPERATING_SYSTEM"),

	/**
	 * The '<em><b>OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICE(2, "OFFICE", "OFFICE"),

	/**
	 * The '<em><b>DATABASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE_VALUE
	 * @generated
	 * @ordered
	 */
	DATABASE(3, "DATABASE", "DATABASE"),

	/**
	 * The '<em><b>MIDDLEWARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDDLEWARE_VALUE
	 * @generated
	 * @ordered
	 */
	MIDDLEWARE(4, "MIDDLEWARE", "MIDDLEWARE"),

	/**
	 * The '<em><b>BROWSER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSER_VALUE
	 * @generated
	 * @ordered
	 */
	BROWSER(5, "BROWSER", "BROWSER"),

	/**
	 * The '<em><b>SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY(6, "SECURITY", "SECURITY"),

	/**
	 * The '<em><b>DEVELOPMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEVELOPMENT(7, "DEVELOPMENT", "DEVELOPMENT"),

	/**
	 * The '<em><b>VIRTUALIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTUALIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTUALIZATION(8, "VIRTUALIZATION", "VIRTUALIZATION"),

	/**
	 * The '<em><b>RUNTIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME(9, "RUNTIME", "RUNTIME"),

	/**
	 * The '<em><b>DRIVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVER_VALUE
	 * @generated
	 * @ordered
	 */
	DRIVER(10, "DRIVER", "DRIVER"),

	/**
	 * The '<em><b>BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS(11, "BUSINESS", "BUSINESS");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>OPERATING SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATING_SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPERATING_SYSTEM_VALUE = 1;

	/**
	 * The '<em><b>OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICE_VALUE = 2;

	/**
	 * The '<em><b>DATABASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATABASE_VALUE = 3;

	/**
	 * The '<em><b>MIDDLEWARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDDLEWARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIDDLEWARE_VALUE = 4;

	/**
	 * The '<em><b>BROWSER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BROWSER_VALUE = 5;

	/**
	 * The '<em><b>SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_VALUE = 6;

	/**
	 * The '<em><b>DEVELOPMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVELOPMENT_VALUE = 7;

	/**
	 * The '<em><b>VIRTUALIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTUALIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIRTUALIZATION_VALUE = 8;

	/**
	 * The '<em><b>RUNTIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_VALUE = 9;

	/**
	 * The '<em><b>DRIVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRIVER_VALUE = 10;

	/**
	 * The '<em><b>BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_VALUE = 11;

	/**
	 * An array of all the '<em><b>Software Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SoftwareCategory[] VALUES_ARRAY =
		new SoftwareCategory[] {
			OTHER,
			OPERATING_SYSTEM,
			OFFICE,
			DATABASE,
			MIDDLEWARE,
			BROWSER,
			SECURITY,
			DEVELOPMENT,
			VIRTUALIZATION,
			RUNTIME,
			DRIVER,
			BUSINESS,
		};

	/**
	 * A public read-only list of all the '<em><b>Software Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SoftwareCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Software Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SoftwareCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SoftwareCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Software Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SoftwareCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SoftwareCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Software Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SoftwareCategory get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case OPERATING_SYSTEM_VALUE: return OPERATING_SYSTEM;
			case OFFICE_VALUE: return OFFICE;
			case DATABASE_VALUE: return DATABASE;
			case MIDDLEWARE_VALUE: return MIDDLEWARE;
			case BROWSER_VALUE: return BROWSER;
			case SECURITY_VALUE: return SECURITY;
			case DEVELOPMENT_VALUE: return DEVELOPMENT;
			case VIRTUALIZATION_VALUE: return VIRTUALIZATION;
			case RUNTIME_VALUE: return RUNTIME;
			case DRIVER_VALUE: return DRIVER;
			case BUSINESS_VALUE: return BUSINESS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SoftwareCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SoftwareCategory
