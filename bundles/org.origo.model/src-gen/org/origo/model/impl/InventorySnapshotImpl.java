/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.origo.model.Asset;
import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;
import org.origo.model.MergeRecord;
import org.origo.model.OrigoPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inventory Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getSourceFiles <em>Source Files</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getMergeLog <em>Merge Log</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#isComplete <em>Complete</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getScopeSites <em>Scope Sites</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getScopeDepartments <em>Scope Departments</em>}</li>
 *   <li>{@link org.origo.model.impl.InventorySnapshotImpl#getScopeSources <em>Scope Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InventorySnapshotImpl extends MinimalEObjectImpl.Container implements InventorySnapshot {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Date importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceFiles() <em>Source Files</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sourceFiles;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportProblem> problems;

	/**
	 * The cached value of the '{@link #getMergeLog() <em>Merge Log</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergeLog()
	 * @generated
	 * @ordered
	 */
	protected EList<MergeRecord> mergeLog;

	/**
	 * The default value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLETE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected boolean complete = COMPLETE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScopeSites() <em>Scope Sites</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeSites()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scopeSites;

	/**
	 * The cached value of the '{@link #getScopeDepartments() <em>Scope Departments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeDepartments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scopeDepartments;

	/**
	 * The cached value of the '{@link #getScopeSources() <em>Scope Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> scopeSources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InventorySnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.INVENTORY_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.INVENTORY_SNAPSHOT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.INVENTORY_SNAPSHOT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Date newImportedAt) {
		Date oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.INVENTORY_SNAPSHOT__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSourceFiles() {
		if (sourceFiles == null) {
			sourceFiles = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.INVENTORY_SNAPSHOT__SOURCE_FILES);
		}
		return sourceFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAssets() {
		if (assets == null) {
			assets = new EObjectContainmentEList<Asset>(Asset.class, this, OrigoPackage.INVENTORY_SNAPSHOT__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportProblem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<ImportProblem>(ImportProblem.class, this, OrigoPackage.INVENTORY_SNAPSHOT__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MergeRecord> getMergeLog() {
		if (mergeLog == null) {
			mergeLog = new EObjectContainmentEList<MergeRecord>(MergeRecord.class, this, OrigoPackage.INVENTORY_SNAPSHOT__MERGE_LOG);
		}
		return mergeLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComplete() {
		return complete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplete(boolean newComplete) {
		boolean oldComplete = complete;
		complete = newComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.INVENTORY_SNAPSHOT__COMPLETE, oldComplete, complete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScopeSites() {
		if (scopeSites == null) {
			scopeSites = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SITES);
		}
		return scopeSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScopeDepartments() {
		if (scopeDepartments == null) {
			scopeDepartments = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS);
		}
		return scopeDepartments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getScopeSources() {
		if (scopeSources == null) {
			scopeSources = new EDataTypeUniqueEList<String>(String.class, this, OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SOURCES);
		}
		return scopeSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrigoPackage.INVENTORY_SNAPSHOT__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
			case OrigoPackage.INVENTORY_SNAPSHOT__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
			case OrigoPackage.INVENTORY_SNAPSHOT__MERGE_LOG:
				return ((InternalEList<?>)getMergeLog()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.INVENTORY_SNAPSHOT__ID:
				return getId();
			case OrigoPackage.INVENTORY_SNAPSHOT__LABEL:
				return getLabel();
			case OrigoPackage.INVENTORY_SNAPSHOT__IMPORTED_AT:
				return getImportedAt();
			case OrigoPackage.INVENTORY_SNAPSHOT__SOURCE_FILES:
				return getSourceFiles();
			case OrigoPackage.INVENTORY_SNAPSHOT__ASSETS:
				return getAssets();
			case OrigoPackage.INVENTORY_SNAPSHOT__PROBLEMS:
				return getProblems();
			case OrigoPackage.INVENTORY_SNAPSHOT__MERGE_LOG:
				return getMergeLog();
			case OrigoPackage.INVENTORY_SNAPSHOT__COMPLETE:
				return isComplete();
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SITES:
				return getScopeSites();
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS:
				return getScopeDepartments();
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SOURCES:
				return getScopeSources();
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
			case OrigoPackage.INVENTORY_SNAPSHOT__ID:
				setId((String)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__LABEL:
				setLabel((String)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__IMPORTED_AT:
				setImportedAt((Date)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SOURCE_FILES:
				getSourceFiles().clear();
				getSourceFiles().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends ImportProblem>)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__MERGE_LOG:
				getMergeLog().clear();
				getMergeLog().addAll((Collection<? extends MergeRecord>)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__COMPLETE:
				setComplete((Boolean)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SITES:
				getScopeSites().clear();
				getScopeSites().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS:
				getScopeDepartments().clear();
				getScopeDepartments().addAll((Collection<? extends String>)newValue);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SOURCES:
				getScopeSources().clear();
				getScopeSources().addAll((Collection<? extends String>)newValue);
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
			case OrigoPackage.INVENTORY_SNAPSHOT__ID:
				setId(ID_EDEFAULT);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SOURCE_FILES:
				getSourceFiles().clear();
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__ASSETS:
				getAssets().clear();
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__PROBLEMS:
				getProblems().clear();
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__MERGE_LOG:
				getMergeLog().clear();
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__COMPLETE:
				setComplete(COMPLETE_EDEFAULT);
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SITES:
				getScopeSites().clear();
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS:
				getScopeDepartments().clear();
				return;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SOURCES:
				getScopeSources().clear();
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
			case OrigoPackage.INVENTORY_SNAPSHOT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case OrigoPackage.INVENTORY_SNAPSHOT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case OrigoPackage.INVENTORY_SNAPSHOT__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case OrigoPackage.INVENTORY_SNAPSHOT__SOURCE_FILES:
				return sourceFiles != null && !sourceFiles.isEmpty();
			case OrigoPackage.INVENTORY_SNAPSHOT__ASSETS:
				return assets != null && !assets.isEmpty();
			case OrigoPackage.INVENTORY_SNAPSHOT__PROBLEMS:
				return problems != null && !problems.isEmpty();
			case OrigoPackage.INVENTORY_SNAPSHOT__MERGE_LOG:
				return mergeLog != null && !mergeLog.isEmpty();
			case OrigoPackage.INVENTORY_SNAPSHOT__COMPLETE:
				return complete != COMPLETE_EDEFAULT;
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SITES:
				return scopeSites != null && !scopeSites.isEmpty();
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_DEPARTMENTS:
				return scopeDepartments != null && !scopeDepartments.isEmpty();
			case OrigoPackage.INVENTORY_SNAPSHOT__SCOPE_SOURCES:
				return scopeSources != null && !scopeSources.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", sourceFiles: ");
		result.append(sourceFiles);
		result.append(", complete: ");
		result.append(complete);
		result.append(", scopeSites: ");
		result.append(scopeSites);
		result.append(", scopeDepartments: ");
		result.append(scopeDepartments);
		result.append(", scopeSources: ");
		result.append(scopeSources);
		result.append(')');
		return result.toString();
	}

} //InventorySnapshotImpl
