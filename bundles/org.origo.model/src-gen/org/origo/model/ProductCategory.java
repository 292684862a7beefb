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
 * A representation of the literals of the enumeration '<em><b>Product Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.origo.model.OrigoPackage#getProductCategory()
 * @model
 * @generated
 */
public enum ProductCategory implements Enumerator {
	/**
	 * The '<em><b>DESKTOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKTOP_VALUE
	 * @generated
	 * @ordered
	 */
	DESKTOP(0, "DESKTOP", "DESKTOP"),

	/**
	 * The '<em><b>LAPTOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAPTOP_VALUE
	 * @generated
	 * @ordered
	 */
	LAPTOP(1, "LAPTOP", "LAPTOP"),

	/**
	 * The '<em><b>ALL IN ONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_IN_ONE_VALUE
	 * @generated
	 * @ordered
	 */
	ALL_IN_ONE(2, "ALL_IN_ONE", "ALL_IN_ONE"),

	/**
	 * The '<em><b>SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER(3, "SERVER", "SERVER"),

	/**
	 * The '<em><b>THIN CLIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIN_CLIENT_VALUE
	 * @generated
	 * @ordered
	 */
	THIN_CLIENT(4, "THIN_CLIENT", "THIN_CLIENT"),

	/**
	 * The '<em><b>WORKSTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTATION_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSTATION(5, "WORKSTATION", "WORKSTATION"),

	/**
	 * The '<em><b>CPU PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	CPU_PLATFORM(6, "CPU_PLATFORM", "CPU_PLATFORM"),

	/**
	 * The '<em><b>OPERATING SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATING_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	OPERATING_SYSTEM(7, "OPERATING_SYSTEM", "OPERATING_SYSTEM"),

	/**
	 * The '<em><b>OFFICE SUITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_SUITE_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICE_SUITE(8, "OFFICE_SUITE", "OFFICE_SUITE"),

	/**
	 * The '<em><b>DATABASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE_VALUE
	 * @generated
	 * @ordered
	 */
	DATABASE(9, "DATABASE", "DATABASE"),

	/**
	 * The '<em><b>MIDDLEWARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDDLEWARE_VALUE
	 * @generated
	 * @ordered
	 */
	MIDDLEWARE(10, "MIDDLEWARE", "MIDDLEWARE"),

	/**
	 * The '<em><b>BROWSER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSER_VALUE
	 * @generated
	 * @ordered
	 */
	BROWSER(11, "BROWSER", "BROWSER"),

	/**
	 * The '<em><b>PRINTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINTER_VALUE
	 * @generated
	 * @ordered
	 */
	PRINTER(12, "PRINTER", "PRINTER"),

	/**
	 * The '<em><b>SCANNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCANNER_VALUE
	 * @generated
	 * @ordered
	 */
	SCANNER(13, "SCANNER", "SCANNER"),

	/**
	 * The '<em><b>NETWORK SWITCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_SWITCH(14, "NETWORK_SWITCH", "NETWORK_SWITCH"),

	/**
	 * The '<em><b>ROUTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTER_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTER(15, "ROUTER", "ROUTER"),

	/**
	 * The '<em><b>FIREWALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREWALL_VALUE
	 * @generated
	 * @ordered
	 */
	FIREWALL(16, "FIREWALL", "FIREWALL"),

	/**
	 * The '<em><b>STORAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_VALUE
	 * @generated
	 * @ordered
	 */
	STORAGE(17, "STORAGE", "STORAGE"),

	/**
	 * The '<em><b>SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY(18, "SECURITY", "SECURITY"),

	/**
	 * The '<em><b>VIDEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEO(19, "VIDEO", "VIDEO"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(20, "OTHER", "OTHER");

	/**
	 * The '<em><b>DESKTOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESKTOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESKTOP_VALUE = 0;

	/**
	 * The '<em><b>LAPTOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAPTOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAPTOP_VALUE = 1;

	/**
	 * The '<em><b>ALL IN ONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALL_IN_ONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALL_IN_ONE_VALUE = 2;

	/**
	 * The '<em><b>SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_VALUE = 3;

	/**
	 * The '<em><b>THIN CLIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THIN_CLIENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THIN_CLIENT_VALUE = 4;

	/**
	 * The '<em><b>WORKSTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSTATION_VALUE = 5;

	/**
	 * The '<em><b>CPU PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CPU_PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CPU_PLATFORM_VALUE = 6;

	/**
	 * The '<em><b>OPERATING SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATING_SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPERATING_SYSTEM_VALUE = 7;

	/**
	 * The '<em><b>OFFICE SUITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_SUITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICE_SUITE_VALUE = 8;

	/**
	 * The '<em><b>DATABASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATABASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATABASE_VALUE = 9;

	/**
	 * The '<em><b>MIDDLEWARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDDLEWARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIDDLEWARE_VALUE = 10;

	/**
	 * The '<em><b>BROWSER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROWSER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BROWSER_VALUE = 11;

	/**
	 * The '<em><b>PRINTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRINTER_VALUE = 12;

	/**
	 * The '<em><b>SCANNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCANNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCANNER_VALUE = 13;

	/**
	 * The '<em><b>NETWORK SWITCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_SWITCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_SWITCH_VALUE = 14;

	/**
	 * The '<em><b>ROUTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROUTER_VALUE = 15;

	/**
	 * The '<em><b>FIREWALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREWALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIREWALL_VALUE = 16;

	/**
	 * The '<em><b>STORAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STORAGE_VALUE = 17;

	/**
	 * The '<em><b>SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_VALUE = 18;

	/**
	 * The '<em><b>VIDEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEO_VALUE = 19;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 20;

	/**
	 * An array of all the '<em><b>Product Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProductCategory[] VALUES_ARRAY =
		new ProductCategory[] {
			DESKTOP,
			LAPTOP,
			ALL_IN_ONE,
			SERVER,
			THIN_CLIENT,
			WORKSTATION,
			CPU_PLATFORM,
			OPERATING_SYSTEM,
			OFFICE_SUITE,
			DATABASE,
			MIDDLEWARE,
			BROWSER,
			PRINTER,
			SCANNER,
			NETWORK_SWITCH,
			ROUTER,
			FIREWALL,
			STORAGE,
			SECURITY,
			VIDEO,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Product Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProductCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Product Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductCategory get(int value) {
		switch (value) {
			case DESKTOP_VALUE: return DESKTOP;
			case LAPTOP_VALUE: return LAPTOP;
			case ALL_IN_ONE_VALUE: return ALL_IN_ONE;
			case SERVER_VALUE: return SERVER;
			case THIN_CLIENT_VALUE: return THIN_CLIENT;
			case WORKSTATION_VALUE: return WORKSTATION;
			case CPU_PLATFORM_VALUE: return CPU_PLATFORM;
			case OPERATING_SYSTEM_VALUE: return OPERATING_SYSTEM;
			case OFFICE_SUITE_VALUE: return OFFICE_SUITE;
			case DATABASE_VALUE: return DATABASE;
			case MIDDLEWARE_VALUE: return MIDDLEWARE;
			case BROWSER_VALUE: return BROWSER;
			case PRINTER_VALUE: return PRINTER;
			case SCANNER_VALUE: return SCANNER;
			case NETWORK_SWITCH_VALUE: return NETWORK_SWITCH;
			case ROUTER_VALUE: return ROUTER;
			case FIREWALL_VALUE: return FIREWALL;
			case STORAGE_VALUE: return STORAGE;
			case SECURITY_VALUE: return SECURITY;
			case VIDEO_VALUE: return VIDEO;
			case OTHER_VALUE: return OTHER;
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
	private ProductCategory(int value, String name, String literal) {
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
	
} //ProductCategory
