/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.origo.model.OrigoFactory
 * @model kind="package"
 * @generated
 */
public interface OrigoPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://origo.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "origo";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OrigoPackage eINSTANCE = org.origo.model.impl.OrigoPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.origo.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.ProjectImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Profile Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROFILE_ID = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED_AT = 2;

	/**
	 * The feature id for the '<em><b>Catalog Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CATALOG_IDS = 3;

	/**
	 * The feature id for the '<em><b>Snapshots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SNAPSHOTS = 4;

	/**
	 * The feature id for the '<em><b>Software Titles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SOFTWARE_TITLES = 5;

	/**
	 * The feature id for the '<em><b>Origins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ORIGINS = 6;

	/**
	 * The feature id for the '<em><b>Matches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MATCHES = 7;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PLAN = 8;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SETTINGS = 9;

	/**
	 * The feature id for the '<em><b>Audit Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__AUDIT_LOG = 10;

	/**
	 * The feature id for the '<em><b>Retirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RETIREMENTS = 11;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.InventorySnapshotImpl <em>Inventory Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.InventorySnapshotImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getInventorySnapshot()
	 * @generated
	 */
	int INVENTORY_SNAPSHOT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__IMPORTED_AT = 2;

	/**
	 * The feature id for the '<em><b>Source Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__SOURCE_FILES = 3;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__ASSETS = 4;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__PROBLEMS = 5;

	/**
	 * The feature id for the '<em><b>Merge Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__MERGE_LOG = 6;

	/**
	 * The feature id for the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__COMPLETE = 7;

	/**
	 * The feature id for the '<em><b>Scope Sites</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__SCOPE_SITES = 8;

	/**
	 * The feature id for the '<em><b>Scope Departments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS = 9;

	/**
	 * The feature id for the '<em><b>Scope Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT__SCOPE_SOURCES = 10;

	/**
	 * The number of structural features of the '<em>Inventory Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Inventory Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.AssetImpl <em>Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.AssetImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getAsset()
	 * @generated
	 */
	int ASSET = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ID = 0;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__HOSTNAME = 1;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SERIAL = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__UUID = 3;

	/**
	 * The feature id for the '<em><b>Asset Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ASSET_TAG = 4;

	/**
	 * The feature id for the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__MAC_ADDRESS = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__KIND = 6;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SITE = 7;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DEPARTMENT = 8;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__OWNER = 9;

	/**
	 * The feature id for the '<em><b>Purchase Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__PURCHASE_DATE = 10;

	/**
	 * The feature id for the '<em><b>Criticality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__CRITICALITY = 11;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SOURCES = 12;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__COMPONENTS = 13;

	/**
	 * The feature id for the '<em><b>Software</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SOFTWARE = 14;

	/**
	 * The feature id for the '<em><b>Verdicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__VERDICTS = 15;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__PROPERTIES = 16;

	/**
	 * The number of structural features of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.ComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.ComponentImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getComponent()
	 * @generated
	 */
	int COMPONENT = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__VENDOR = 1;

	/**
	 * The feature id for the '<em><b>Raw Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__RAW_VENDOR = 2;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__PRODUCT = 3;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__MODEL = 4;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__VERSION = 5;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__SERIAL = 6;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__VENDOR_ID = 7;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__DEVICE_ID = 8;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ARCHITECTURE = 9;

	/**
	 * The feature id for the '<em><b>Abi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ABI = 10;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__CORES = 11;

	/**
	 * The feature id for the '<em><b>Capacity Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__CAPACITY_MB = 12;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT__ORIGIN = 13;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.SoftwareInstallImpl <em>Software Install</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.SoftwareInstallImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getSoftwareInstall()
	 * @generated
	 */
	int SOFTWARE_INSTALL = 4;

	/**
	 * The feature id for the '<em><b>Title</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALL__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Install Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALL__INSTALL_DATE = 1;

	/**
	 * The number of structural features of the '<em>Software Install</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Software Install</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_INSTALL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.SoftwareTitleImpl <em>Software Title</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.SoftwareTitleImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getSoftwareTitle()
	 * @generated
	 */
	int SOFTWARE_TITLE = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__PUBLISHER = 2;

	/**
	 * The feature id for the '<em><b>Raw Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__RAW_PUBLISHER = 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__VERSION = 4;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__CATEGORY = 5;

	/**
	 * The feature id for the '<em><b>Architectures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__ARCHITECTURES = 6;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE__ORIGIN = 7;

	/**
	 * The number of structural features of the '<em>Software Title</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Software Title</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOFTWARE_TITLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.PartyImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME_ZH = 2;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ALIASES = 3;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__COUNTRY = 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ROLES = 5;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__PARENT = 6;

	/**
	 * The feature id for the '<em><b>Ultimate Controller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ULTIMATE_CONTROLLER = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__SOURCE = 8;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.OriginFactsImpl <em>Origin Facts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.OriginFactsImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getOriginFacts()
	 * @generated
	 */
	int ORIGIN_FACTS = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACTS__KEY = 0;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACTS__FACTS = 1;

	/**
	 * The number of structural features of the '<em>Origin Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACTS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Origin Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.OriginFactImpl <em>Origin Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.OriginFactImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getOriginFact()
	 * @generated
	 */
	int ORIGIN_FACT = 8;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT__PARTY = 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT__COUNTRY = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT__NOTE = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT__SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT__CONFIDENCE = 5;

	/**
	 * The number of structural features of the '<em>Origin Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Origin Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIGIN_FACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.VerdictImpl <em>Verdict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.VerdictImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 9;

	/**
	 * The feature id for the '<em><b>Profile Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__PROFILE_ID = 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__OUTCOME = 1;

	/**
	 * The feature id for the '<em><b>Any Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__ANY_US = 2;

	/**
	 * The feature id for the '<em><b>Rule Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__RULE_IDS = 3;

	/**
	 * The feature id for the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__REASON_EN = 4;

	/**
	 * The feature id for the '<em><b>Reason Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__REASON_ZH = 5;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__FINDINGS = 6;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT__OVERRIDE = 7;

	/**
	 * The number of structural features of the '<em>Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERDICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.CatalogImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__ID = 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VENDOR = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = 2;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME_ZH = 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VERSION = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Products</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__PRODUCTS = 6;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.CatalogProductImpl <em>Catalog Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.CatalogProductImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getCatalogProduct()
	 * @generated
	 */
	int CATALOG_PRODUCT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__ID = 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__VENDOR = 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__NAME_EN = 2;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__NAME_ZH = 3;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__CATEGORY = 4;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__CORES = 5;

	/**
	 * The feature id for the '<em><b>Memory Gb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__MEMORY_GB = 6;

	/**
	 * The feature id for the '<em><b>Storage Gb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__STORAGE_GB = 7;

	/**
	 * The feature id for the '<em><b>Form Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__FORM_FACTOR = 8;

	/**
	 * The feature id for the '<em><b>Cpu Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__CPU_PLATFORM = 9;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__ARCHITECTURE = 10;

	/**
	 * The feature id for the '<em><b>Abi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__ABI = 11;

	/**
	 * The feature id for the '<em><b>Certified Os</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__CERTIFIED_OS = 12;

	/**
	 * The feature id for the '<em><b>Certified With</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__CERTIFIED_WITH = 13;

	/**
	 * The feature id for the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__PRICE = 14;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__CURRENCY = 15;

	/**
	 * The feature id for the '<em><b>Price Is Sample</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__PRICE_IS_SAMPLE = 16;

	/**
	 * The feature id for the '<em><b>Lead Time Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__LEAD_TIME_DAYS = 17;

	/**
	 * The feature id for the '<em><b>Support Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__SUPPORT_YEARS = 18;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__REPLACES = 19;

	/**
	 * The feature id for the '<em><b>Specs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT__SPECS = 20;

	/**
	 * The number of structural features of the '<em>Catalog Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Catalog Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_PRODUCT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.MatchImpl <em>Match</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.MatchImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getMatch()
	 * @generated
	 */
	int MATCH = 12;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__ASSET = 0;

	/**
	 * The feature id for the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__ASSET_ID = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__RANK = 3;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__PRODUCT_ID = 4;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__VENDOR = 5;

	/**
	 * The feature id for the '<em><b>Product Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__PRODUCT_NAME = 6;

	/**
	 * The feature id for the '<em><b>Catalog Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__CATALOG_ID = 7;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__SCORE = 8;

	/**
	 * The feature id for the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__PRICE = 9;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__REASONS = 10;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__FINDINGS = 11;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__ACTION = 12;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH__CURRENCY = 13;

	/**
	 * The number of structural features of the '<em>Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.PlanImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BASIS = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CREATED_AT = 2;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PHASES = 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ITEMS = 4;

	/**
	 * The feature id for the '<em><b>Relaxations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RELAXATIONS = 5;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CURRENCY = 6;

	/**
	 * The feature id for the '<em><b>Match Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MATCH_FINGERPRINT = 7;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.PhaseImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 14;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Target Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__TARGET_SHARE = 2;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__BUDGET = 3;

	/**
	 * The feature id for the '<em><b>Planned Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__PLANNED_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__PLANNED_COST = 5;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.PlanItemImpl <em>Plan Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.PlanItemImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getPlanItem()
	 * @generated
	 */
	int PLAN_ITEM = 15;

	/**
	 * The feature id for the '<em><b>Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__ASSET = 0;

	/**
	 * The feature id for the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__ASSET_ID = 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__PHASE = 2;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__PRODUCT_ID = 3;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__COST = 4;

	/**
	 * The feature id for the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__REASON_EN = 5;

	/**
	 * The feature id for the '<em><b>Reason Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__REASON_ZH = 6;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__PINNED = 7;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__CURRENCY = 8;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__ACTIONS = 9;

	/**
	 * The number of structural features of the '<em>Plan Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Plan Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.ImportProblemImpl <em>Import Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.ImportProblemImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getImportProblem()
	 * @generated
	 */
	int IMPORT_PROBLEM = 16;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__FILE = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__LINE = 1;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__FIELD = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__SEVERITY = 3;

	/**
	 * The feature id for the '<em><b>Message En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__MESSAGE_EN = 4;

	/**
	 * The feature id for the '<em><b>Message Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM__MESSAGE_ZH = 5;

	/**
	 * The number of structural features of the '<em>Import Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Import Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.MergeRecordImpl <em>Merge Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.MergeRecordImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getMergeRecord()
	 * @generated
	 */
	int MERGE_RECORD = 17;

	/**
	 * The feature id for the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_RECORD__ASSET_ID = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_RECORD__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_RECORD__KEY = 2;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_RECORD__DETAIL = 3;

	/**
	 * The number of structural features of the '<em>Merge Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_RECORD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Merge Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.AuditEntryImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 18;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TIME = 0;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__USER = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__DETAIL = 3;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.PropertyImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 19;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.PlanActionImpl <em>Plan Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.PlanActionImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getPlanAction()
	 * @generated
	 */
	int PLAN_ACTION = 20;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__COMPONENT = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__PRODUCT_ID = 2;

	/**
	 * The feature id for the '<em><b>Product Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__PRODUCT_NAME = 3;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__COST = 4;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__CURRENCY = 5;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__ESTIMATE = 6;

	/**
	 * The feature id for the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__REASON_EN = 7;

	/**
	 * The feature id for the '<em><b>Reason Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION__REASON_ZH = 8;

	/**
	 * The number of structural features of the '<em>Plan Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Plan Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.impl.RetirementImpl <em>Retirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.impl.RetirementImpl
	 * @see org.origo.model.impl.OrigoPackageImpl#getRetirement()
	 * @generated
	 */
	int RETIREMENT = 21;

	/**
	 * The feature id for the '<em><b>Asset Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT__ASSET_ID = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT__DATE = 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT__USER = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT__NOTE = 4;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT__RECORDED_AT = 5;

	/**
	 * The number of structural features of the '<em>Retirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Retirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.origo.model.AssetKind <em>Asset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.AssetKind
	 * @see org.origo.model.impl.OrigoPackageImpl#getAssetKind()
	 * @generated
	 */
	int ASSET_KIND = 22;

	/**
	 * The meta object id for the '{@link org.origo.model.ComponentKind <em>Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.ComponentKind
	 * @see org.origo.model.impl.OrigoPackageImpl#getComponentKind()
	 * @generated
	 */
	int COMPONENT_KIND = 23;

	/**
	 * The meta object id for the '{@link org.origo.model.SoftwareCategory <em>Software Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.SoftwareCategory
	 * @see org.origo.model.impl.OrigoPackageImpl#getSoftwareCategory()
	 * @generated
	 */
	int SOFTWARE_CATEGORY = 24;

	/**
	 * The meta object id for the '{@link org.origo.model.OriginRole <em>Origin Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.OriginRole
	 * @see org.origo.model.impl.OrigoPackageImpl#getOriginRole()
	 * @generated
	 */
	int ORIGIN_ROLE = 25;

	/**
	 * The meta object id for the '{@link org.origo.model.VerdictOutcome <em>Verdict Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.VerdictOutcome
	 * @see org.origo.model.impl.OrigoPackageImpl#getVerdictOutcome()
	 * @generated
	 */
	int VERDICT_OUTCOME = 26;

	/**
	 * The meta object id for the '{@link org.origo.model.ProductCategory <em>Product Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.ProductCategory
	 * @see org.origo.model.impl.OrigoPackageImpl#getProductCategory()
	 * @generated
	 */
	int PRODUCT_CATEGORY = 27;

	/**
	 * The meta object id for the '{@link org.origo.model.ShareBasis <em>Share Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.ShareBasis
	 * @see org.origo.model.impl.OrigoPackageImpl#getShareBasis()
	 * @generated
	 */
	int SHARE_BASIS = 28;

	/**
	 * The meta object id for the '{@link org.origo.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.Severity
	 * @see org.origo.model.impl.OrigoPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 29;

	/**
	 * The meta object id for the '{@link org.origo.model.MergeAction <em>Merge Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.origo.model.MergeAction
	 * @see org.origo.model.impl.OrigoPackageImpl#getMergeAction()
	 * @generated
	 */
	int MERGE_ACTION = 30;


	/**
	 * Returns the meta object for class '{@link org.origo.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.origo.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.origo.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Project#getProfileId <em>Profile Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile Id</em>'.
	 * @see org.origo.model.Project#getProfileId()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_ProfileId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Project#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.origo.model.Project#getCreatedAt()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_CreatedAt();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Project#getCatalogIds <em>Catalog Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Catalog Ids</em>'.
	 * @see org.origo.model.Project#getCatalogIds()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_CatalogIds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getSnapshots <em>Snapshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Snapshots</em>'.
	 * @see org.origo.model.Project#getSnapshots()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Snapshots();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getSoftwareTitles <em>Software Titles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Software Titles</em>'.
	 * @see org.origo.model.Project#getSoftwareTitles()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_SoftwareTitles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getOrigins <em>Origins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Origins</em>'.
	 * @see org.origo.model.Project#getOrigins()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Origins();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getMatches <em>Matches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Matches</em>'.
	 * @see org.origo.model.Project#getMatches()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Matches();

	/**
	 * Returns the meta object for the containment reference '{@link org.origo.model.Project#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plan</em>'.
	 * @see org.origo.model.Project#getPlan()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Plan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see org.origo.model.Project#getSettings()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getAuditLog <em>Audit Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit Log</em>'.
	 * @see org.origo.model.Project#getAuditLog()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_AuditLog();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Project#getRetirements <em>Retirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retirements</em>'.
	 * @see org.origo.model.Project#getRetirements()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Retirements();

	/**
	 * Returns the meta object for class '{@link org.origo.model.InventorySnapshot <em>Inventory Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inventory Snapshot</em>'.
	 * @see org.origo.model.InventorySnapshot
	 * @generated
	 */
	EClass getInventorySnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.InventorySnapshot#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.origo.model.InventorySnapshot#getId()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.InventorySnapshot#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.origo.model.InventorySnapshot#getLabel()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.InventorySnapshot#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.origo.model.InventorySnapshot#getImportedAt()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_ImportedAt();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.InventorySnapshot#getSourceFiles <em>Source Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Source Files</em>'.
	 * @see org.origo.model.InventorySnapshot#getSourceFiles()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_SourceFiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.InventorySnapshot#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see org.origo.model.InventorySnapshot#getAssets()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EReference getInventorySnapshot_Assets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.InventorySnapshot#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.origo.model.InventorySnapshot#getProblems()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EReference getInventorySnapshot_Problems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.InventorySnapshot#getMergeLog <em>Merge Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Merge Log</em>'.
	 * @see org.origo.model.InventorySnapshot#getMergeLog()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EReference getInventorySnapshot_MergeLog();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.InventorySnapshot#isComplete <em>Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complete</em>'.
	 * @see org.origo.model.InventorySnapshot#isComplete()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_Complete();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.InventorySnapshot#getScopeSites <em>Scope Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope Sites</em>'.
	 * @see org.origo.model.InventorySnapshot#getScopeSites()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_ScopeSites();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.InventorySnapshot#getScopeDepartments <em>Scope Departments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope Departments</em>'.
	 * @see org.origo.model.InventorySnapshot#getScopeDepartments()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_ScopeDepartments();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.InventorySnapshot#getScopeSources <em>Scope Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope Sources</em>'.
	 * @see org.origo.model.InventorySnapshot#getScopeSources()
	 * @see #getInventorySnapshot()
	 * @generated
	 */
	EAttribute getInventorySnapshot_ScopeSources();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset</em>'.
	 * @see org.origo.model.Asset
	 * @generated
	 */
	EClass getAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.origo.model.Asset#getId()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see org.origo.model.Asset#getHostname()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see org.origo.model.Asset#getSerial()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Serial();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.origo.model.Asset#getUuid()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getAssetTag <em>Asset Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Tag</em>'.
	 * @see org.origo.model.Asset#getAssetTag()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_AssetTag();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getMacAddress <em>Mac Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Address</em>'.
	 * @see org.origo.model.Asset#getMacAddress()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_MacAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.origo.model.Asset#getKind()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.origo.model.Asset#getSite()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.origo.model.Asset#getDepartment()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.origo.model.Asset#getOwner()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getPurchaseDate <em>Purchase Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purchase Date</em>'.
	 * @see org.origo.model.Asset#getPurchaseDate()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_PurchaseDate();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Asset#getCriticality <em>Criticality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criticality</em>'.
	 * @see org.origo.model.Asset#getCriticality()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Criticality();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Asset#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources</em>'.
	 * @see org.origo.model.Asset#getSources()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Asset#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.origo.model.Asset#getComponents()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Asset#getSoftware <em>Software</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Software</em>'.
	 * @see org.origo.model.Asset#getSoftware()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Software();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Asset#getVerdicts <em>Verdicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verdicts</em>'.
	 * @see org.origo.model.Asset#getVerdicts()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Verdicts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Asset#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.origo.model.Asset#getProperties()
	 * @see #getAsset()
	 * @generated
	 */
	EReference getAsset_Properties();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.origo.model.Component
	 * @generated
	 */
	EClass getComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.origo.model.Component#getKind()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.origo.model.Component#getVendor()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getRawVendor <em>Raw Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Vendor</em>'.
	 * @see org.origo.model.Component#getRawVendor()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_RawVendor();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see org.origo.model.Component#getProduct()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Product();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.origo.model.Component#getModel()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.origo.model.Component#getVersion()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see org.origo.model.Component#getSerial()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Serial();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getVendorId <em>Vendor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Id</em>'.
	 * @see org.origo.model.Component#getVendorId()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_VendorId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getDeviceId <em>Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Id</em>'.
	 * @see org.origo.model.Component#getDeviceId()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_DeviceId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.origo.model.Component#getArchitecture()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getAbi <em>Abi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abi</em>'.
	 * @see org.origo.model.Component#getAbi()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Abi();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores</em>'.
	 * @see org.origo.model.Component#getCores()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_Cores();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Component#getCapacityMb <em>Capacity Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Mb</em>'.
	 * @see org.origo.model.Component#getCapacityMb()
	 * @see #getComponent()
	 * @generated
	 */
	EAttribute getComponent_CapacityMb();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.Component#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin</em>'.
	 * @see org.origo.model.Component#getOrigin()
	 * @see #getComponent()
	 * @generated
	 */
	EReference getComponent_Origin();

	/**
	 * Returns the meta object for class '{@link org.origo.model.SoftwareInstall <em>Software Install</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Install</em>'.
	 * @see org.origo.model.SoftwareInstall
	 * @generated
	 */
	EClass getSoftwareInstall();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.SoftwareInstall#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Title</em>'.
	 * @see org.origo.model.SoftwareInstall#getTitle()
	 * @see #getSoftwareInstall()
	 * @generated
	 */
	EReference getSoftwareInstall_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareInstall#getInstallDate <em>Install Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Date</em>'.
	 * @see org.origo.model.SoftwareInstall#getInstallDate()
	 * @see #getSoftwareInstall()
	 * @generated
	 */
	EAttribute getSoftwareInstall_InstallDate();

	/**
	 * Returns the meta object for class '{@link org.origo.model.SoftwareTitle <em>Software Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Software Title</em>'.
	 * @see org.origo.model.SoftwareTitle
	 * @generated
	 */
	EClass getSoftwareTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareTitle#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.origo.model.SoftwareTitle#getKey()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareTitle#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.origo.model.SoftwareTitle#getName()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareTitle#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.origo.model.SoftwareTitle#getPublisher()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareTitle#getRawPublisher <em>Raw Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Publisher</em>'.
	 * @see org.origo.model.SoftwareTitle#getRawPublisher()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_RawPublisher();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareTitle#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.origo.model.SoftwareTitle#getVersion()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.SoftwareTitle#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.origo.model.SoftwareTitle#getCategory()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_Category();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.SoftwareTitle#getArchitectures <em>Architectures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Architectures</em>'.
	 * @see org.origo.model.SoftwareTitle#getArchitectures()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EAttribute getSoftwareTitle_Architectures();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.SoftwareTitle#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin</em>'.
	 * @see org.origo.model.SoftwareTitle#getOrigin()
	 * @see #getSoftwareTitle()
	 * @generated
	 */
	EReference getSoftwareTitle_Origin();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.origo.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Party#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.origo.model.Party#getId()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Party#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.origo.model.Party#getName()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Party#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.origo.model.Party#getNameZh()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_NameZh();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Party#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.origo.model.Party#getAliases()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Party#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.origo.model.Party#getCountry()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Country();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Party#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.origo.model.Party#getRoles()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Roles();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.Party#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.origo.model.Party#getParent()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.Party#getUltimateController <em>Ultimate Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Ultimate Controller</em>'.
	 * @see org.origo.model.Party#getUltimateController()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_UltimateController();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Party#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.origo.model.Party#getSource()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Source();

	/**
	 * Returns the meta object for class '{@link org.origo.model.OriginFacts <em>Origin Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Origin Facts</em>'.
	 * @see org.origo.model.OriginFacts
	 * @generated
	 */
	EClass getOriginFacts();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFacts#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.origo.model.OriginFacts#getKey()
	 * @see #getOriginFacts()
	 * @generated
	 */
	EAttribute getOriginFacts_Key();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.OriginFacts#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facts</em>'.
	 * @see org.origo.model.OriginFacts#getFacts()
	 * @see #getOriginFacts()
	 * @generated
	 */
	EReference getOriginFacts_Facts();

	/**
	 * Returns the meta object for class '{@link org.origo.model.OriginFact <em>Origin Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Origin Fact</em>'.
	 * @see org.origo.model.OriginFact
	 * @generated
	 */
	EClass getOriginFact();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.origo.model.OriginFact#getRole()
	 * @see #getOriginFact()
	 * @generated
	 */
	EAttribute getOriginFact_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFact#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Party</em>'.
	 * @see org.origo.model.OriginFact#getParty()
	 * @see #getOriginFact()
	 * @generated
	 */
	EAttribute getOriginFact_Party();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFact#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.origo.model.OriginFact#getCountry()
	 * @see #getOriginFact()
	 * @generated
	 */
	EAttribute getOriginFact_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFact#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.origo.model.OriginFact#getNote()
	 * @see #getOriginFact()
	 * @generated
	 */
	EAttribute getOriginFact_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFact#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.origo.model.OriginFact#getSource()
	 * @see #getOriginFact()
	 * @generated
	 */
	EAttribute getOriginFact_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.OriginFact#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.origo.model.OriginFact#getConfidence()
	 * @see #getOriginFact()
	 * @generated
	 */
	EAttribute getOriginFact_Confidence();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Verdict</em>'.
	 * @see org.origo.model.Verdict
	 * @generated
	 */
	EClass getVerdict();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Verdict#getProfileId <em>Profile Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile Id</em>'.
	 * @see org.origo.model.Verdict#getProfileId()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_ProfileId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Verdict#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.origo.model.Verdict#getOutcome()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Verdict#isAnyUs <em>Any Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Any Us</em>'.
	 * @see org.origo.model.Verdict#isAnyUs()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_AnyUs();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Verdict#getRuleIds <em>Rule Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Rule Ids</em>'.
	 * @see org.origo.model.Verdict#getRuleIds()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_RuleIds();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Verdict#getReasonEn <em>Reason En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason En</em>'.
	 * @see org.origo.model.Verdict#getReasonEn()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_ReasonEn();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Verdict#getReasonZh <em>Reason Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason Zh</em>'.
	 * @see org.origo.model.Verdict#getReasonZh()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_ReasonZh();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Verdict#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Findings</em>'.
	 * @see org.origo.model.Verdict#getFindings()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Verdict#isOverride <em>Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Override</em>'.
	 * @see org.origo.model.Verdict#isOverride()
	 * @see #getVerdict()
	 * @generated
	 */
	EAttribute getVerdict_Override();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see org.origo.model.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Catalog#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.origo.model.Catalog#getId()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Catalog#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.origo.model.Catalog#getVendor()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Catalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.origo.model.Catalog#getName()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Catalog#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.origo.model.Catalog#getNameZh()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Catalog#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.origo.model.Catalog#getVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Catalog#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.origo.model.Catalog#getSource()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Catalog#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Products</em>'.
	 * @see org.origo.model.Catalog#getProducts()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Products();

	/**
	 * Returns the meta object for class '{@link org.origo.model.CatalogProduct <em>Catalog Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog Product</em>'.
	 * @see org.origo.model.CatalogProduct
	 * @generated
	 */
	EClass getCatalogProduct();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.origo.model.CatalogProduct#getId()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.origo.model.CatalogProduct#getVendor()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.origo.model.CatalogProduct#getNameEn()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.origo.model.CatalogProduct#getNameZh()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.origo.model.CatalogProduct#getCategory()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores</em>'.
	 * @see org.origo.model.CatalogProduct#getCores()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Cores();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getMemoryGb <em>Memory Gb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Gb</em>'.
	 * @see org.origo.model.CatalogProduct#getMemoryGb()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_MemoryGb();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getStorageGb <em>Storage Gb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Gb</em>'.
	 * @see org.origo.model.CatalogProduct#getStorageGb()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_StorageGb();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getFormFactor <em>Form Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form Factor</em>'.
	 * @see org.origo.model.CatalogProduct#getFormFactor()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_FormFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getCpuPlatform <em>Cpu Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Platform</em>'.
	 * @see org.origo.model.CatalogProduct#getCpuPlatform()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_CpuPlatform();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.origo.model.CatalogProduct#getArchitecture()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getAbi <em>Abi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abi</em>'.
	 * @see org.origo.model.CatalogProduct#getAbi()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Abi();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.CatalogProduct#getCertifiedOs <em>Certified Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Certified Os</em>'.
	 * @see org.origo.model.CatalogProduct#getCertifiedOs()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_CertifiedOs();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.CatalogProduct#getCertifiedWith <em>Certified With</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Certified With</em>'.
	 * @see org.origo.model.CatalogProduct#getCertifiedWith()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_CertifiedWith();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getPrice <em>Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price</em>'.
	 * @see org.origo.model.CatalogProduct#getPrice()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Price();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.origo.model.CatalogProduct#getCurrency()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#isPriceIsSample <em>Price Is Sample</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Is Sample</em>'.
	 * @see org.origo.model.CatalogProduct#isPriceIsSample()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_PriceIsSample();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getLeadTimeDays <em>Lead Time Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead Time Days</em>'.
	 * @see org.origo.model.CatalogProduct#getLeadTimeDays()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_LeadTimeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.CatalogProduct#getSupportYears <em>Support Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Years</em>'.
	 * @see org.origo.model.CatalogProduct#getSupportYears()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_SupportYears();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.CatalogProduct#getReplaces <em>Replaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Replaces</em>'.
	 * @see org.origo.model.CatalogProduct#getReplaces()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EAttribute getCatalogProduct_Replaces();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.CatalogProduct#getSpecs <em>Specs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Specs</em>'.
	 * @see org.origo.model.CatalogProduct#getSpecs()
	 * @see #getCatalogProduct()
	 * @generated
	 */
	EReference getCatalogProduct_Specs();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Match <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match</em>'.
	 * @see org.origo.model.Match
	 * @generated
	 */
	EClass getMatch();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.Match#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see org.origo.model.Match#getAsset()
	 * @see #getMatch()
	 * @generated
	 */
	EReference getMatch_Asset();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getAssetId <em>Asset Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Id</em>'.
	 * @see org.origo.model.Match#getAssetId()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_AssetId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.origo.model.Match#getTarget()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.origo.model.Match#getRank()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getProductId <em>Product Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Id</em>'.
	 * @see org.origo.model.Match#getProductId()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_ProductId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.origo.model.Match#getVendor()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getProductName <em>Product Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Name</em>'.
	 * @see org.origo.model.Match#getProductName()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_ProductName();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getCatalogId <em>Catalog Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalog Id</em>'.
	 * @see org.origo.model.Match#getCatalogId()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_CatalogId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.origo.model.Match#getScore()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getPrice <em>Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price</em>'.
	 * @see org.origo.model.Match#getPrice()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Price();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Match#getReasons <em>Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Reasons</em>'.
	 * @see org.origo.model.Match#getReasons()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Reasons();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Match#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Findings</em>'.
	 * @see org.origo.model.Match#getFindings()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Findings();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.origo.model.Match#getAction()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Match#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.origo.model.Match#getCurrency()
	 * @see #getMatch()
	 * @generated
	 */
	EAttribute getMatch_Currency();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.origo.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Plan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.origo.model.Plan#getName()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Plan#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see org.origo.model.Plan#getBasis()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Basis();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Plan#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.origo.model.Plan#getCreatedAt()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Plan#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see org.origo.model.Plan#getPhases()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.Plan#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.origo.model.Plan#getItems()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Items();

	/**
	 * Returns the meta object for the attribute list '{@link org.origo.model.Plan#getRelaxations <em>Relaxations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Relaxations</em>'.
	 * @see org.origo.model.Plan#getRelaxations()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Relaxations();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Plan#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.origo.model.Plan#getCurrency()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Plan#getMatchFingerprint <em>Match Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match Fingerprint</em>'.
	 * @see org.origo.model.Plan#getMatchFingerprint()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_MatchFingerprint();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see org.origo.model.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Phase#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.origo.model.Phase#getIndex()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Phase#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.origo.model.Phase#getYear()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Phase#getTargetShare <em>Target Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Share</em>'.
	 * @see org.origo.model.Phase#getTargetShare()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_TargetShare();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Phase#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.origo.model.Phase#getBudget()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Budget();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Phase#getPlannedCount <em>Planned Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Count</em>'.
	 * @see org.origo.model.Phase#getPlannedCount()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_PlannedCount();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Phase#getPlannedCost <em>Planned Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Cost</em>'.
	 * @see org.origo.model.Phase#getPlannedCost()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_PlannedCost();

	/**
	 * Returns the meta object for class '{@link org.origo.model.PlanItem <em>Plan Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Item</em>'.
	 * @see org.origo.model.PlanItem
	 * @generated
	 */
	EClass getPlanItem();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.PlanItem#getAsset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Asset</em>'.
	 * @see org.origo.model.PlanItem#getAsset()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_Asset();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#getAssetId <em>Asset Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Id</em>'.
	 * @see org.origo.model.PlanItem#getAssetId()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_AssetId();

	/**
	 * Returns the meta object for the reference '{@link org.origo.model.PlanItem#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Phase</em>'.
	 * @see org.origo.model.PlanItem#getPhase()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#getProductId <em>Product Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Id</em>'.
	 * @see org.origo.model.PlanItem#getProductId()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_ProductId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.origo.model.PlanItem#getCost()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#getReasonEn <em>Reason En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason En</em>'.
	 * @see org.origo.model.PlanItem#getReasonEn()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_ReasonEn();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#getReasonZh <em>Reason Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason Zh</em>'.
	 * @see org.origo.model.PlanItem#getReasonZh()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_ReasonZh();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.origo.model.PlanItem#isPinned()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_Pinned();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanItem#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.origo.model.PlanItem#getCurrency()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_Currency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.origo.model.PlanItem#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.origo.model.PlanItem#getActions()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_Actions();

	/**
	 * Returns the meta object for class '{@link org.origo.model.ImportProblem <em>Import Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Problem</em>'.
	 * @see org.origo.model.ImportProblem
	 * @generated
	 */
	EClass getImportProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.ImportProblem#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.origo.model.ImportProblem#getFile()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_File();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.ImportProblem#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.origo.model.ImportProblem#getLine()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.ImportProblem#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.origo.model.ImportProblem#getField()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.ImportProblem#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.origo.model.ImportProblem#getSeverity()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.ImportProblem#getMessageEn <em>Message En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message En</em>'.
	 * @see org.origo.model.ImportProblem#getMessageEn()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_MessageEn();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.ImportProblem#getMessageZh <em>Message Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Zh</em>'.
	 * @see org.origo.model.ImportProblem#getMessageZh()
	 * @see #getImportProblem()
	 * @generated
	 */
	EAttribute getImportProblem_MessageZh();

	/**
	 * Returns the meta object for class '{@link org.origo.model.MergeRecord <em>Merge Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Record</em>'.
	 * @see org.origo.model.MergeRecord
	 * @generated
	 */
	EClass getMergeRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.MergeRecord#getAssetId <em>Asset Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Id</em>'.
	 * @see org.origo.model.MergeRecord#getAssetId()
	 * @see #getMergeRecord()
	 * @generated
	 */
	EAttribute getMergeRecord_AssetId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.MergeRecord#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.origo.model.MergeRecord#getAction()
	 * @see #getMergeRecord()
	 * @generated
	 */
	EAttribute getMergeRecord_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.MergeRecord#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.origo.model.MergeRecord#getKey()
	 * @see #getMergeRecord()
	 * @generated
	 */
	EAttribute getMergeRecord_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.MergeRecord#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.origo.model.MergeRecord#getDetail()
	 * @see #getMergeRecord()
	 * @generated
	 */
	EAttribute getMergeRecord_Detail();

	/**
	 * Returns the meta object for class '{@link org.origo.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see org.origo.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.AuditEntry#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.origo.model.AuditEntry#getTime()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.AuditEntry#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.origo.model.AuditEntry#getUser()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_User();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.AuditEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.origo.model.AuditEntry#getAction()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.AuditEntry#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.origo.model.AuditEntry#getDetail()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Detail();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.origo.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.origo.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.origo.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.origo.model.PlanAction <em>Plan Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Action</em>'.
	 * @see org.origo.model.PlanAction
	 * @generated
	 */
	EClass getPlanAction();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.origo.model.PlanAction#getComponent()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.origo.model.PlanAction#getAction()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getProductId <em>Product Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Id</em>'.
	 * @see org.origo.model.PlanAction#getProductId()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_ProductId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getProductName <em>Product Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Name</em>'.
	 * @see org.origo.model.PlanAction#getProductName()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_ProductName();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.origo.model.PlanAction#getCost()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.origo.model.PlanAction#getCurrency()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#isEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimate</em>'.
	 * @see org.origo.model.PlanAction#isEstimate()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_Estimate();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getReasonEn <em>Reason En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason En</em>'.
	 * @see org.origo.model.PlanAction#getReasonEn()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_ReasonEn();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.PlanAction#getReasonZh <em>Reason Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason Zh</em>'.
	 * @see org.origo.model.PlanAction#getReasonZh()
	 * @see #getPlanAction()
	 * @generated
	 */
	EAttribute getPlanAction_ReasonZh();

	/**
	 * Returns the meta object for class '{@link org.origo.model.Retirement <em>Retirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retirement</em>'.
	 * @see org.origo.model.Retirement
	 * @generated
	 */
	EClass getRetirement();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Retirement#getAssetId <em>Asset Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Id</em>'.
	 * @see org.origo.model.Retirement#getAssetId()
	 * @see #getRetirement()
	 * @generated
	 */
	EAttribute getRetirement_AssetId();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Retirement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.origo.model.Retirement#getStatus()
	 * @see #getRetirement()
	 * @generated
	 */
	EAttribute getRetirement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Retirement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.origo.model.Retirement#getDate()
	 * @see #getRetirement()
	 * @generated
	 */
	EAttribute getRetirement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Retirement#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.origo.model.Retirement#getUser()
	 * @see #getRetirement()
	 * @generated
	 */
	EAttribute getRetirement_User();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Retirement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.origo.model.Retirement#getNote()
	 * @see #getRetirement()
	 * @generated
	 */
	EAttribute getRetirement_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.origo.model.Retirement#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.origo.model.Retirement#getRecordedAt()
	 * @see #getRetirement()
	 * @generated
	 */
	EAttribute getRetirement_RecordedAt();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.AssetKind <em>Asset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Kind</em>'.
	 * @see org.origo.model.AssetKind
	 * @generated
	 */
	EEnum getAssetKind();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.ComponentKind <em>Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Kind</em>'.
	 * @see org.origo.model.ComponentKind
	 * @generated
	 */
	EEnum getComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.SoftwareCategory <em>Software Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Software Category</em>'.
	 * @see org.origo.model.SoftwareCategory
	 * @generated
	 */
	EEnum getSoftwareCategory();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.OriginRole <em>Origin Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Origin Role</em>'.
	 * @see org.origo.model.OriginRole
	 * @generated
	 */
	EEnum getOriginRole();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.VerdictOutcome <em>Verdict Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict Outcome</em>'.
	 * @see org.origo.model.VerdictOutcome
	 * @generated
	 */
	EEnum getVerdictOutcome();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.ProductCategory <em>Product Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Product Category</em>'.
	 * @see org.origo.model.ProductCategory
	 * @generated
	 */
	EEnum getProductCategory();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.ShareBasis <em>Share Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Share Basis</em>'.
	 * @see org.origo.model.ShareBasis
	 * @generated
	 */
	EEnum getShareBasis();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.origo.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.origo.model.MergeAction <em>Merge Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Merge Action</em>'.
	 * @see org.origo.model.MergeAction
	 * @generated
	 */
	EEnum getMergeAction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OrigoFactory getOrigoFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.origo.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.ProjectImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Profile Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PROFILE_ID = eINSTANCE.getProject_ProfileId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED_AT = eINSTANCE.getProject_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Catalog Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CATALOG_IDS = eINSTANCE.getProject_CatalogIds();

		/**
		 * The meta object literal for the '<em><b>Snapshots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SNAPSHOTS = eINSTANCE.getProject_Snapshots();

		/**
		 * The meta object literal for the '<em><b>Software Titles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SOFTWARE_TITLES = eINSTANCE.getProject_SoftwareTitles();

		/**
		 * The meta object literal for the '<em><b>Origins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ORIGINS = eINSTANCE.getProject_Origins();

		/**
		 * The meta object literal for the '<em><b>Matches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MATCHES = eINSTANCE.getProject_Matches();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PLAN = eINSTANCE.getProject_Plan();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SETTINGS = eINSTANCE.getProject_Settings();

		/**
		 * The meta object literal for the '<em><b>Audit Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__AUDIT_LOG = eINSTANCE.getProject_AuditLog();

		/**
		 * The meta object literal for the '<em><b>Retirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RETIREMENTS = eINSTANCE.getProject_Retirements();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.InventorySnapshotImpl <em>Inventory Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.InventorySnapshotImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getInventorySnapshot()
		 * @generated
		 */
		EClass INVENTORY_SNAPSHOT = eINSTANCE.getInventorySnapshot();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__ID = eINSTANCE.getInventorySnapshot_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__LABEL = eINSTANCE.getInventorySnapshot_Label();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__IMPORTED_AT = eINSTANCE.getInventorySnapshot_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Source Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__SOURCE_FILES = eINSTANCE.getInventorySnapshot_SourceFiles();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY_SNAPSHOT__ASSETS = eINSTANCE.getInventorySnapshot_Assets();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY_SNAPSHOT__PROBLEMS = eINSTANCE.getInventorySnapshot_Problems();

		/**
		 * The meta object literal for the '<em><b>Merge Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVENTORY_SNAPSHOT__MERGE_LOG = eINSTANCE.getInventorySnapshot_MergeLog();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__COMPLETE = eINSTANCE.getInventorySnapshot_Complete();

		/**
		 * The meta object literal for the '<em><b>Scope Sites</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__SCOPE_SITES = eINSTANCE.getInventorySnapshot_ScopeSites();

		/**
		 * The meta object literal for the '<em><b>Scope Departments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS = eINSTANCE.getInventorySnapshot_ScopeDepartments();

		/**
		 * The meta object literal for the '<em><b>Scope Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_SNAPSHOT__SCOPE_SOURCES = eINSTANCE.getInventorySnapshot_ScopeSources();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.AssetImpl <em>Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.AssetImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getAsset()
		 * @generated
		 */
		EClass ASSET = eINSTANCE.getAsset();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__ID = eINSTANCE.getAsset_Id();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__HOSTNAME = eINSTANCE.getAsset_Hostname();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__SERIAL = eINSTANCE.getAsset_Serial();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__UUID = eINSTANCE.getAsset_Uuid();

		/**
		 * The meta object literal for the '<em><b>Asset Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__ASSET_TAG = eINSTANCE.getAsset_AssetTag();

		/**
		 * The meta object literal for the '<em><b>Mac Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__MAC_ADDRESS = eINSTANCE.getAsset_MacAddress();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__KIND = eINSTANCE.getAsset_Kind();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__SITE = eINSTANCE.getAsset_Site();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__DEPARTMENT = eINSTANCE.getAsset_Department();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__OWNER = eINSTANCE.getAsset_Owner();

		/**
		 * The meta object literal for the '<em><b>Purchase Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__PURCHASE_DATE = eINSTANCE.getAsset_PurchaseDate();

		/**
		 * The meta object literal for the '<em><b>Criticality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__CRITICALITY = eINSTANCE.getAsset_Criticality();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__SOURCES = eINSTANCE.getAsset_Sources();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__COMPONENTS = eINSTANCE.getAsset_Components();

		/**
		 * The meta object literal for the '<em><b>Software</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__SOFTWARE = eINSTANCE.getAsset_Software();

		/**
		 * The meta object literal for the '<em><b>Verdicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__VERDICTS = eINSTANCE.getAsset_Verdicts();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSET__PROPERTIES = eINSTANCE.getAsset_Properties();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.ComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.ComponentImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getComponent()
		 * @generated
		 */
		EClass COMPONENT = eINSTANCE.getComponent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__KIND = eINSTANCE.getComponent_Kind();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__VENDOR = eINSTANCE.getComponent_Vendor();

		/**
		 * The meta object literal for the '<em><b>Raw Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__RAW_VENDOR = eINSTANCE.getComponent_RawVendor();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__PRODUCT = eINSTANCE.getComponent_Product();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__MODEL = eINSTANCE.getComponent_Model();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__VERSION = eINSTANCE.getComponent_Version();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__SERIAL = eINSTANCE.getComponent_Serial();

		/**
		 * The meta object literal for the '<em><b>Vendor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__VENDOR_ID = eINSTANCE.getComponent_VendorId();

		/**
		 * The meta object literal for the '<em><b>Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__DEVICE_ID = eINSTANCE.getComponent_DeviceId();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__ARCHITECTURE = eINSTANCE.getComponent_Architecture();

		/**
		 * The meta object literal for the '<em><b>Abi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__ABI = eINSTANCE.getComponent_Abi();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__CORES = eINSTANCE.getComponent_Cores();

		/**
		 * The meta object literal for the '<em><b>Capacity Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT__CAPACITY_MB = eINSTANCE.getComponent_CapacityMb();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT__ORIGIN = eINSTANCE.getComponent_Origin();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.SoftwareInstallImpl <em>Software Install</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.SoftwareInstallImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getSoftwareInstall()
		 * @generated
		 */
		EClass SOFTWARE_INSTALL = eINSTANCE.getSoftwareInstall();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_INSTALL__TITLE = eINSTANCE.getSoftwareInstall_Title();

		/**
		 * The meta object literal for the '<em><b>Install Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_INSTALL__INSTALL_DATE = eINSTANCE.getSoftwareInstall_InstallDate();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.SoftwareTitleImpl <em>Software Title</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.SoftwareTitleImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getSoftwareTitle()
		 * @generated
		 */
		EClass SOFTWARE_TITLE = eINSTANCE.getSoftwareTitle();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__KEY = eINSTANCE.getSoftwareTitle_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__NAME = eINSTANCE.getSoftwareTitle_Name();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__PUBLISHER = eINSTANCE.getSoftwareTitle_Publisher();

		/**
		 * The meta object literal for the '<em><b>Raw Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__RAW_PUBLISHER = eINSTANCE.getSoftwareTitle_RawPublisher();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__VERSION = eINSTANCE.getSoftwareTitle_Version();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__CATEGORY = eINSTANCE.getSoftwareTitle_Category();

		/**
		 * The meta object literal for the '<em><b>Architectures</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOFTWARE_TITLE__ARCHITECTURES = eINSTANCE.getSoftwareTitle_Architectures();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOFTWARE_TITLE__ORIGIN = eINSTANCE.getSoftwareTitle_Origin();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.PartyImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__ID = eINSTANCE.getParty_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__NAME = eINSTANCE.getParty_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__NAME_ZH = eINSTANCE.getParty_NameZh();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__ALIASES = eINSTANCE.getParty_Aliases();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__COUNTRY = eINSTANCE.getParty_Country();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__ROLES = eINSTANCE.getParty_Roles();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__PARENT = eINSTANCE.getParty_Parent();

		/**
		 * The meta object literal for the '<em><b>Ultimate Controller</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__ULTIMATE_CONTROLLER = eINSTANCE.getParty_UltimateController();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__SOURCE = eINSTANCE.getParty_Source();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.OriginFactsImpl <em>Origin Facts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.OriginFactsImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getOriginFacts()
		 * @generated
		 */
		EClass ORIGIN_FACTS = eINSTANCE.getOriginFacts();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACTS__KEY = eINSTANCE.getOriginFacts_Key();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORIGIN_FACTS__FACTS = eINSTANCE.getOriginFacts_Facts();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.OriginFactImpl <em>Origin Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.OriginFactImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getOriginFact()
		 * @generated
		 */
		EClass ORIGIN_FACT = eINSTANCE.getOriginFact();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACT__ROLE = eINSTANCE.getOriginFact_Role();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACT__PARTY = eINSTANCE.getOriginFact_Party();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACT__COUNTRY = eINSTANCE.getOriginFact_Country();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACT__NOTE = eINSTANCE.getOriginFact_Note();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACT__SOURCE = eINSTANCE.getOriginFact_Source();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIGIN_FACT__CONFIDENCE = eINSTANCE.getOriginFact_Confidence();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.VerdictImpl <em>Verdict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.VerdictImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getVerdict()
		 * @generated
		 */
		EClass VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '<em><b>Profile Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__PROFILE_ID = eINSTANCE.getVerdict_ProfileId();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__OUTCOME = eINSTANCE.getVerdict_Outcome();

		/**
		 * The meta object literal for the '<em><b>Any Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__ANY_US = eINSTANCE.getVerdict_AnyUs();

		/**
		 * The meta object literal for the '<em><b>Rule Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__RULE_IDS = eINSTANCE.getVerdict_RuleIds();

		/**
		 * The meta object literal for the '<em><b>Reason En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__REASON_EN = eINSTANCE.getVerdict_ReasonEn();

		/**
		 * The meta object literal for the '<em><b>Reason Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__REASON_ZH = eINSTANCE.getVerdict_ReasonZh();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__FINDINGS = eINSTANCE.getVerdict_Findings();

		/**
		 * The meta object literal for the '<em><b>Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERDICT__OVERRIDE = eINSTANCE.getVerdict_Override();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.CatalogImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__ID = eINSTANCE.getCatalog_Id();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VENDOR = eINSTANCE.getCatalog_Vendor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME = eINSTANCE.getCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME_ZH = eINSTANCE.getCatalog_NameZh();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VERSION = eINSTANCE.getCatalog_Version();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__SOURCE = eINSTANCE.getCatalog_Source();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__PRODUCTS = eINSTANCE.getCatalog_Products();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.CatalogProductImpl <em>Catalog Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.CatalogProductImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getCatalogProduct()
		 * @generated
		 */
		EClass CATALOG_PRODUCT = eINSTANCE.getCatalogProduct();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__ID = eINSTANCE.getCatalogProduct_Id();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__VENDOR = eINSTANCE.getCatalogProduct_Vendor();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__NAME_EN = eINSTANCE.getCatalogProduct_NameEn();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__NAME_ZH = eINSTANCE.getCatalogProduct_NameZh();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__CATEGORY = eINSTANCE.getCatalogProduct_Category();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__CORES = eINSTANCE.getCatalogProduct_Cores();

		/**
		 * The meta object literal for the '<em><b>Memory Gb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__MEMORY_GB = eINSTANCE.getCatalogProduct_MemoryGb();

		/**
		 * The meta object literal for the '<em><b>Storage Gb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__STORAGE_GB = eINSTANCE.getCatalogProduct_StorageGb();

		/**
		 * The meta object literal for the '<em><b>Form Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__FORM_FACTOR = eINSTANCE.getCatalogProduct_FormFactor();

		/**
		 * The meta object literal for the '<em><b>Cpu Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__CPU_PLATFORM = eINSTANCE.getCatalogProduct_CpuPlatform();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__ARCHITECTURE = eINSTANCE.getCatalogProduct_Architecture();

		/**
		 * The meta object literal for the '<em><b>Abi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__ABI = eINSTANCE.getCatalogProduct_Abi();

		/**
		 * The meta object literal for the '<em><b>Certified Os</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__CERTIFIED_OS = eINSTANCE.getCatalogProduct_CertifiedOs();

		/**
		 * The meta object literal for the '<em><b>Certified With</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__CERTIFIED_WITH = eINSTANCE.getCatalogProduct_CertifiedWith();

		/**
		 * The meta object literal for the '<em><b>Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__PRICE = eINSTANCE.getCatalogProduct_Price();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__CURRENCY = eINSTANCE.getCatalogProduct_Currency();

		/**
		 * The meta object literal for the '<em><b>Price Is Sample</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__PRICE_IS_SAMPLE = eINSTANCE.getCatalogProduct_PriceIsSample();

		/**
		 * The meta object literal for the '<em><b>Lead Time Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__LEAD_TIME_DAYS = eINSTANCE.getCatalogProduct_LeadTimeDays();

		/**
		 * The meta object literal for the '<em><b>Support Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__SUPPORT_YEARS = eINSTANCE.getCatalogProduct_SupportYears();

		/**
		 * The meta object literal for the '<em><b>Replaces</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_PRODUCT__REPLACES = eINSTANCE.getCatalogProduct_Replaces();

		/**
		 * The meta object literal for the '<em><b>Specs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG_PRODUCT__SPECS = eINSTANCE.getCatalogProduct_Specs();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.MatchImpl <em>Match</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.MatchImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getMatch()
		 * @generated
		 */
		EClass MATCH = eINSTANCE.getMatch();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH__ASSET = eINSTANCE.getMatch_Asset();

		/**
		 * The meta object literal for the '<em><b>Asset Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__ASSET_ID = eINSTANCE.getMatch_AssetId();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__TARGET = eINSTANCE.getMatch_Target();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__RANK = eINSTANCE.getMatch_Rank();

		/**
		 * The meta object literal for the '<em><b>Product Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__PRODUCT_ID = eINSTANCE.getMatch_ProductId();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__VENDOR = eINSTANCE.getMatch_Vendor();

		/**
		 * The meta object literal for the '<em><b>Product Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__PRODUCT_NAME = eINSTANCE.getMatch_ProductName();

		/**
		 * The meta object literal for the '<em><b>Catalog Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__CATALOG_ID = eINSTANCE.getMatch_CatalogId();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__SCORE = eINSTANCE.getMatch_Score();

		/**
		 * The meta object literal for the '<em><b>Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__PRICE = eINSTANCE.getMatch_Price();

		/**
		 * The meta object literal for the '<em><b>Reasons</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__REASONS = eINSTANCE.getMatch_Reasons();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__FINDINGS = eINSTANCE.getMatch_Findings();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__ACTION = eINSTANCE.getMatch_Action();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH__CURRENCY = eINSTANCE.getMatch_Currency();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.PlanImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__NAME = eINSTANCE.getPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__BASIS = eINSTANCE.getPlan_Basis();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__CREATED_AT = eINSTANCE.getPlan_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PHASES = eINSTANCE.getPlan_Phases();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ITEMS = eINSTANCE.getPlan_Items();

		/**
		 * The meta object literal for the '<em><b>Relaxations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__RELAXATIONS = eINSTANCE.getPlan_Relaxations();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__CURRENCY = eINSTANCE.getPlan_Currency();

		/**
		 * The meta object literal for the '<em><b>Match Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__MATCH_FINGERPRINT = eINSTANCE.getPlan_MatchFingerprint();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.PhaseImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__INDEX = eINSTANCE.getPhase_Index();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__YEAR = eINSTANCE.getPhase_Year();

		/**
		 * The meta object literal for the '<em><b>Target Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__TARGET_SHARE = eINSTANCE.getPhase_TargetShare();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__BUDGET = eINSTANCE.getPhase_Budget();

		/**
		 * The meta object literal for the '<em><b>Planned Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__PLANNED_COUNT = eINSTANCE.getPhase_PlannedCount();

		/**
		 * The meta object literal for the '<em><b>Planned Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__PLANNED_COST = eINSTANCE.getPhase_PlannedCost();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.PlanItemImpl <em>Plan Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.PlanItemImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getPlanItem()
		 * @generated
		 */
		EClass PLAN_ITEM = eINSTANCE.getPlanItem();

		/**
		 * The meta object literal for the '<em><b>Asset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__ASSET = eINSTANCE.getPlanItem_Asset();

		/**
		 * The meta object literal for the '<em><b>Asset Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__ASSET_ID = eINSTANCE.getPlanItem_AssetId();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__PHASE = eINSTANCE.getPlanItem_Phase();

		/**
		 * The meta object literal for the '<em><b>Product Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__PRODUCT_ID = eINSTANCE.getPlanItem_ProductId();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__COST = eINSTANCE.getPlanItem_Cost();

		/**
		 * The meta object literal for the '<em><b>Reason En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__REASON_EN = eINSTANCE.getPlanItem_ReasonEn();

		/**
		 * The meta object literal for the '<em><b>Reason Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__REASON_ZH = eINSTANCE.getPlanItem_ReasonZh();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__PINNED = eINSTANCE.getPlanItem_Pinned();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__CURRENCY = eINSTANCE.getPlanItem_Currency();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__ACTIONS = eINSTANCE.getPlanItem_Actions();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.ImportProblemImpl <em>Import Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.ImportProblemImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getImportProblem()
		 * @generated
		 */
		EClass IMPORT_PROBLEM = eINSTANCE.getImportProblem();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__FILE = eINSTANCE.getImportProblem_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__LINE = eINSTANCE.getImportProblem_Line();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__FIELD = eINSTANCE.getImportProblem_Field();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__SEVERITY = eINSTANCE.getImportProblem_Severity();

		/**
		 * The meta object literal for the '<em><b>Message En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__MESSAGE_EN = eINSTANCE.getImportProblem_MessageEn();

		/**
		 * The meta object literal for the '<em><b>Message Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_PROBLEM__MESSAGE_ZH = eINSTANCE.getImportProblem_MessageZh();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.MergeRecordImpl <em>Merge Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.MergeRecordImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getMergeRecord()
		 * @generated
		 */
		EClass MERGE_RECORD = eINSTANCE.getMergeRecord();

		/**
		 * The meta object literal for the '<em><b>Asset Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_RECORD__ASSET_ID = eINSTANCE.getMergeRecord_AssetId();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_RECORD__ACTION = eINSTANCE.getMergeRecord_Action();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_RECORD__KEY = eINSTANCE.getMergeRecord_Key();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_RECORD__DETAIL = eINSTANCE.getMergeRecord_Detail();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.AuditEntryImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TIME = eINSTANCE.getAuditEntry_Time();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__USER = eINSTANCE.getAuditEntry_User();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ACTION = eINSTANCE.getAuditEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__DETAIL = eINSTANCE.getAuditEntry_Detail();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.PropertyImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.PlanActionImpl <em>Plan Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.PlanActionImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getPlanAction()
		 * @generated
		 */
		EClass PLAN_ACTION = eINSTANCE.getPlanAction();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__COMPONENT = eINSTANCE.getPlanAction_Component();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__ACTION = eINSTANCE.getPlanAction_Action();

		/**
		 * The meta object literal for the '<em><b>Product Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__PRODUCT_ID = eINSTANCE.getPlanAction_ProductId();

		/**
		 * The meta object literal for the '<em><b>Product Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__PRODUCT_NAME = eINSTANCE.getPlanAction_ProductName();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__COST = eINSTANCE.getPlanAction_Cost();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__CURRENCY = eINSTANCE.getPlanAction_Currency();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__ESTIMATE = eINSTANCE.getPlanAction_Estimate();

		/**
		 * The meta object literal for the '<em><b>Reason En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__REASON_EN = eINSTANCE.getPlanAction_ReasonEn();

		/**
		 * The meta object literal for the '<em><b>Reason Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ACTION__REASON_ZH = eINSTANCE.getPlanAction_ReasonZh();

		/**
		 * The meta object literal for the '{@link org.origo.model.impl.RetirementImpl <em>Retirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.impl.RetirementImpl
		 * @see org.origo.model.impl.OrigoPackageImpl#getRetirement()
		 * @generated
		 */
		EClass RETIREMENT = eINSTANCE.getRetirement();

		/**
		 * The meta object literal for the '<em><b>Asset Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT__ASSET_ID = eINSTANCE.getRetirement_AssetId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT__STATUS = eINSTANCE.getRetirement_Status();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT__DATE = eINSTANCE.getRetirement_Date();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT__USER = eINSTANCE.getRetirement_User();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT__NOTE = eINSTANCE.getRetirement_Note();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT__RECORDED_AT = eINSTANCE.getRetirement_RecordedAt();

		/**
		 * The meta object literal for the '{@link org.origo.model.AssetKind <em>Asset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.AssetKind
		 * @see org.origo.model.impl.OrigoPackageImpl#getAssetKind()
		 * @generated
		 */
		EEnum ASSET_KIND = eINSTANCE.getAssetKind();

		/**
		 * The meta object literal for the '{@link org.origo.model.ComponentKind <em>Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.ComponentKind
		 * @see org.origo.model.impl.OrigoPackageImpl#getComponentKind()
		 * @generated
		 */
		EEnum COMPONENT_KIND = eINSTANCE.getComponentKind();

		/**
		 * The meta object literal for the '{@link org.origo.model.SoftwareCategory <em>Software Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.SoftwareCategory
		 * @see org.origo.model.impl.OrigoPackageImpl#getSoftwareCategory()
		 * @generated
		 */
		EEnum SOFTWARE_CATEGORY = eINSTANCE.getSoftwareCategory();

		/**
		 * The meta object literal for the '{@link org.origo.model.OriginRole <em>Origin Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.OriginRole
		 * @see org.origo.model.impl.OrigoPackageImpl#getOriginRole()
		 * @generated
		 */
		EEnum ORIGIN_ROLE = eINSTANCE.getOriginRole();

		/**
		 * The meta object literal for the '{@link org.origo.model.VerdictOutcome <em>Verdict Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.VerdictOutcome
		 * @see org.origo.model.impl.OrigoPackageImpl#getVerdictOutcome()
		 * @generated
		 */
		EEnum VERDICT_OUTCOME = eINSTANCE.getVerdictOutcome();

		/**
		 * The meta object literal for the '{@link org.origo.model.ProductCategory <em>Product Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.ProductCategory
		 * @see org.origo.model.impl.OrigoPackageImpl#getProductCategory()
		 * @generated
		 */
		EEnum PRODUCT_CATEGORY = eINSTANCE.getProductCategory();

		/**
		 * The meta object literal for the '{@link org.origo.model.ShareBasis <em>Share Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.ShareBasis
		 * @see org.origo.model.impl.OrigoPackageImpl#getShareBasis()
		 * @generated
		 */
		EEnum SHARE_BASIS = eINSTANCE.getShareBasis();

		/**
		 * The meta object literal for the '{@link org.origo.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.Severity
		 * @see org.origo.model.impl.OrigoPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.origo.model.MergeAction <em>Merge Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.origo.model.MergeAction
		 * @see org.origo.model.impl.OrigoPackageImpl#getMergeAction()
		 * @generated
		 */
		EEnum MERGE_ACTION = eINSTANCE.getMergeAction();

	}

} //OrigoPackage
