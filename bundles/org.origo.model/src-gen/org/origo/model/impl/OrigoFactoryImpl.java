/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.origo.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OrigoFactoryImpl extends EFactoryImpl implements OrigoFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static OrigoFactory init() {
		try {
			OrigoFactory theOrigoFactory = (OrigoFactory)EPackage.Registry.INSTANCE.getEFactory(OrigoPackage.eNS_URI);
			if (theOrigoFactory != null) {
				return theOrigoFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new OrigoFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrigoFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case OrigoPackage.PROJECT: return createProject();
			case OrigoPackage.INVENTORY_SNAPSHOT: return createInventorySnapshot();
			case OrigoPackage.ASSET: return createAsset();
			case OrigoPackage.COMPONENT: return createComponent();
			case OrigoPackage.SOFTWARE_INSTALL: return createSoftwareInstall();
			case OrigoPackage.SOFTWARE_TITLE: return createSoftwareTitle();
			case OrigoPackage.PARTY: return createParty();
			case OrigoPackage.ORIGIN_FACTS: return createOriginFacts();
			case OrigoPackage.ORIGIN_FACT: return createOriginFact();
			case OrigoPackage.VERDICT: return createVerdict();
			case OrigoPackage.CATALOG: return createCatalog();
			case OrigoPackage.CATALOG_PRODUCT: return createCatalogProduct();
			case OrigoPackage.MATCH: return createMatch();
			case OrigoPackage.PLAN: return createPlan();
			case OrigoPackage.PHASE: return createPhase();
			case OrigoPackage.PLAN_ITEM: return createPlanItem();
			case OrigoPackage.IMPORT_PROBLEM: return createImportProblem();
			case OrigoPackage.MERGE_RECORD: return createMergeRecord();
			case OrigoPackage.AUDIT_ENTRY: return createAuditEntry();
			case OrigoPackage.PROPERTY: return createProperty();
			case OrigoPackage.PLAN_ACTION: return createPlanAction();
			case OrigoPackage.RETIREMENT: return createRetirement();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case OrigoPackage.ASSET_KIND:
				return createAssetKindFromString(eDataType, initialValue);
			case OrigoPackage.COMPONENT_KIND:
				return createComponentKindFromString(eDataType, initialValue);
			case OrigoPackage.SOFTWARE_CATEGORY:
				return createSoftwareCategoryFromString(eDataType, initialValue);
			case OrigoPackage.ORIGIN_ROLE:
				return createOriginRoleFromString(eDataType, initialValue);
			case OrigoPackage.VERDICT_OUTCOME:
				return createVerdictOutcomeFromString(eDataType, initialValue);
			case OrigoPackage.PRODUCT_CATEGORY:
				return createProductCategoryFromString(eDataType, initialValue);
			case OrigoPackage.SHARE_BASIS:
				return createShareBasisFromString(eDataType, initialValue);
			case OrigoPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case OrigoPackage.MERGE_ACTION:
				return createMergeActionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case OrigoPackage.ASSET_KIND:
				return convertAssetKindToString(eDataType, instanceValue);
			case OrigoPackage.COMPONENT_KIND:
				return convertComponentKindToString(eDataType, instanceValue);
			case OrigoPackage.SOFTWARE_CATEGORY:
				return convertSoftwareCategoryToString(eDataType, instanceValue);
			case OrigoPackage.ORIGIN_ROLE:
				return convertOriginRoleToString(eDataType, instanceValue);
			case OrigoPackage.VERDICT_OUTCOME:
				return convertVerdictOutcomeToString(eDataType, instanceValue);
			case OrigoPackage.PRODUCT_CATEGORY:
				return convertProductCategoryToString(eDataType, instanceValue);
			case OrigoPackage.SHARE_BASIS:
				return convertShareBasisToString(eDataType, instanceValue);
			case OrigoPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case OrigoPackage.MERGE_ACTION:
				return convertMergeActionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InventorySnapshot createInventorySnapshot() {
		InventorySnapshotImpl inventorySnapshot = new InventorySnapshotImpl();
		return inventorySnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset createAsset() {
		AssetImpl asset = new AssetImpl();
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component createComponent() {
		ComponentImpl component = new ComponentImpl();
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareInstall createSoftwareInstall() {
		SoftwareInstallImpl softwareInstall = new SoftwareInstallImpl();
		return softwareInstall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoftwareTitle createSoftwareTitle() {
		SoftwareTitleImpl softwareTitle = new SoftwareTitleImpl();
		return softwareTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party createParty() {
		PartyImpl party = new PartyImpl();
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OriginFacts createOriginFacts() {
		OriginFactsImpl originFacts = new OriginFactsImpl();
		return originFacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OriginFact createOriginFact() {
		OriginFactImpl originFact = new OriginFactImpl();
		return originFact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict createVerdict() {
		VerdictImpl verdict = new VerdictImpl();
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogProduct createCatalogProduct() {
		CatalogProductImpl catalogProduct = new CatalogProductImpl();
		return catalogProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Match createMatch() {
		MatchImpl match = new MatchImpl();
		return match;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan() {
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase createPhase() {
		PhaseImpl phase = new PhaseImpl();
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanItem createPlanItem() {
		PlanItemImpl planItem = new PlanItemImpl();
		return planItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportProblem createImportProblem() {
		ImportProblemImpl importProblem = new ImportProblemImpl();
		return importProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeRecord createMergeRecord() {
		MergeRecordImpl mergeRecord = new MergeRecordImpl();
		return mergeRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditEntry createAuditEntry() {
		AuditEntryImpl auditEntry = new AuditEntryImpl();
		return auditEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanAction createPlanAction() {
		PlanActionImpl planAction = new PlanActionImpl();
		return planAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Retirement createRetirement() {
		RetirementImpl retirement = new RetirementImpl();
		return retirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssetKind createAssetKindFromString(EDataType eDataType, String initialValue) {
		AssetKind result = AssetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentKind createComponentKindFromString(EDataType eDataType, String initialValue) {
		ComponentKind result = ComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SoftwareCategory createSoftwareCategoryFromString(EDataType eDataType, String initialValue) {
		SoftwareCategory result = SoftwareCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSoftwareCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OriginRole createOriginRoleFromString(EDataType eDataType, String initialValue) {
		OriginRole result = OriginRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOriginRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VerdictOutcome createVerdictOutcomeFromString(EDataType eDataType, String initialValue) {
		VerdictOutcome result = VerdictOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductCategory createProductCategoryFromString(EDataType eDataType, String initialValue) {
		ProductCategory result = ProductCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProductCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShareBasis createShareBasisFromString(EDataType eDataType, String initialValue) {
		ShareBasis result = ShareBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertShareBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MergeAction createMergeActionFromString(EDataType eDataType, String initialValue) {
		MergeAction result = MergeAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMergeActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrigoPackage getOrigoPackage() {
		return (OrigoPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static OrigoPackage getPackage() {
		return OrigoPackage.eINSTANCE;
	}

} //OrigoFactoryImpl
