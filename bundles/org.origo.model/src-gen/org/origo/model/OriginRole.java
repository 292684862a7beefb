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
 * A representation of the literals of the enumeration '<em><b>Origin Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.origo.model.OrigoPackage#getOriginRole()
 * @model
 * @generated
 */
public enum OriginRole implements Enumerator {
	/**
	 * The '<em><b>BRAND OWNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAND_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	BRAND_OWNER(0, "BRAND_OWNER", "BRAND_OWNER"),

	/**
	 * The '<em><b>DESIGNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNER_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGNER(1, "DESIGNER", "DESIGNER"),

	/**
	 * The '<em><b>ISA LICENSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISA_LICENSOR_VALUE
	 * @generated
	 * @ordered
	 */
	ISA_LICENSOR(2, "ISA_LICENSOR", "ISA_LICENSOR"),

	/**
	 * The '<em><b>MANUFACTURER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUFACTURER_VALUE
	 * @generated
	 * @ordered
	 */
	MANUFACTURER(3, "MANUFACTURER", "MANUFACTURER"),

	/**
	 * The '<em><b>PUBLISHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLISHER_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLISHER(4, "PUBLISHER", "PUBLISHER"),

	/**
	 * The '<em><b>CONTROLLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLER_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROLLER(5, "CONTROLLER", "CONTROLLER");

	/**
	 * The '<em><b>BRAND OWNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAND_OWNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRAND_OWNER_VALUE = 0;

	/**
	 * The '<em><b>DESIGNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DESIGNER_VALUE = 1;

	/**
	 * The '<em><b>ISA LICENSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISA_LICENSOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ISA_LICENSOR_VALUE = 2;

	/**
	 * The '<em><b>MANUFACTURER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUFACTURER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANUFACTURER_VALUE = 3;

	/**
	 * The '<em><b>PUBLISHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLISHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLISHER_VALUE = 4;

	/**
	 * The '<em><b>CONTROLLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTROLLER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Origin Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OriginRole[] VALUES_ARRAY =
		new OriginRole[] {
			BRAND_OWNER,
			DESIGNER,
			ISA_LICENSOR,
			MANUFACTURER,
			PUBLISHER,
			CONTROLLER,
		};

	/**
	 * A public read-only list of all the '<em><b>Origin Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OriginRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Origin Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OriginRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OriginRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Origin Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OriginRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OriginRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Origin Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OriginRole get(int value) {
		switch (value) {
			case BRAND_OWNER_VALUE: return BRAND_OWNER;
			case DESIGNER_VALUE: return DESIGNER;
			case ISA_LICENSOR_VALUE: return ISA_LICENSOR;
			case MANUFACTURER_VALUE: return MANUFACTURER;
			case PUBLISHER_VALUE: return PUBLISHER;
			case CONTROLLER_VALUE: return CONTROLLER;
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
	private OriginRole(int value, String name, String literal) {
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
	
} //OriginRole
