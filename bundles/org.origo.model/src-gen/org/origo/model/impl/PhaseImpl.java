/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.origo.model.OrigoPackage;
import org.origo.model.Phase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.PhaseImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.origo.model.impl.PhaseImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.origo.model.impl.PhaseImpl#getTargetShare <em>Target Share</em>}</li>
 *   <li>{@link org.origo.model.impl.PhaseImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.origo.model.impl.PhaseImpl#getPlannedCount <em>Planned Count</em>}</li>
 *   <li>{@link org.origo.model.impl.PhaseImpl#getPlannedCost <em>Planned Cost</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhaseImpl extends MinimalEObjectImpl.Container implements Phase {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetShare() <em>Target Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetShare()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTargetShare() <em>Target Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetShare()
	 * @generated
	 * @ordered
	 */
	protected double targetShare = TARGET_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final double BUDGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected double budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedCount() <em>Planned Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedCount() <em>Planned Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCount()
	 * @generated
	 * @ordered
	 */
	protected int plannedCount = PLANNED_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedCost() <em>Planned Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCost()
	 * @generated
	 * @ordered
	 */
	protected static final double PLANNED_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPlannedCost() <em>Planned Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCost()
	 * @generated
	 * @ordered
	 */
	protected double plannedCost = PLANNED_COST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.PHASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PHASE__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PHASE__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetShare() {
		return targetShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetShare(double newTargetShare) {
		double oldTargetShare = targetShare;
		targetShare = newTargetShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PHASE__TARGET_SHARE, oldTargetShare, targetShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(double newBudget) {
		double oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PHASE__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedCount() {
		return plannedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedCount(int newPlannedCount) {
		int oldPlannedCount = plannedCount;
		plannedCount = newPlannedCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PHASE__PLANNED_COUNT, oldPlannedCount, plannedCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPlannedCost() {
		return plannedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedCost(double newPlannedCost) {
		double oldPlannedCost = plannedCost;
		plannedCost = newPlannedCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.PHASE__PLANNED_COST, oldPlannedCost, plannedCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.PHASE__INDEX:
				return getIndex();
			case OrigoPackage.PHASE__YEAR:
				return getYear();
			case OrigoPackage.PHASE__TARGET_SHARE:
				return getTargetShare();
			case OrigoPackage.PHASE__BUDGET:
				return getBudget();
			case OrigoPackage.PHASE__PLANNED_COUNT:
				return getPlannedCount();
			case OrigoPackage.PHASE__PLANNED_COST:
				return getPlannedCost();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrigoPackage.PHASE__INDEX:
				setIndex((Integer)newValue);
				return;
			case OrigoPackage.PHASE__YEAR:
				setYear((Integer)newValue);
				return;
			case OrigoPackage.PHASE__TARGET_SHARE:
				setTargetShare((Double)newValue);
				return;
			case OrigoPackage.PHASE__BUDGET:
				setBudget((Double)newValue);
				return;
			case OrigoPackage.PHASE__PLANNED_COUNT:
				setPlannedCount((Integer)newValue);
				return;
			case OrigoPackage.PHASE__PLANNED_COST:
				setPlannedCost((Double)newValue);
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
			case OrigoPackage.PHASE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case OrigoPackage.PHASE__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case OrigoPackage.PHASE__TARGET_SHARE:
				setTargetShare(TARGET_SHARE_EDEFAULT);
				return;
			case OrigoPackage.PHASE__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case OrigoPackage.PHASE__PLANNED_COUNT:
				setPlannedCount(PLANNED_COUNT_EDEFAULT);
				return;
			case OrigoPackage.PHASE__PLANNED_COST:
				setPlannedCost(PLANNED_COST_EDEFAULT);
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
			case OrigoPackage.PHASE__INDEX:
				return index != INDEX_EDEFAULT;
			case OrigoPackage.PHASE__YEAR:
				return year != YEAR_EDEFAULT;
			case OrigoPackage.PHASE__TARGET_SHARE:
				return targetShare != TARGET_SHARE_EDEFAULT;
			case OrigoPackage.PHASE__BUDGET:
				return budget != BUDGET_EDEFAULT;
			case OrigoPackage.PHASE__PLANNED_COUNT:
				return plannedCount != PLANNED_COUNT_EDEFAULT;
			case OrigoPackage.PHASE__PLANNED_COST:
				return plannedCost != PLANNED_COST_EDEFAULT;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", year: ");
		result.append(year);
		result.append(", targetShare: ");
		result.append(targetShare);
		result.append(", budget: ");
		result.append(budget);
		result.append(", plannedCount: ");
		result.append(plannedCount);
		result.append(", plannedCost: ");
		result.append(plannedCost);
		result.append(')');
		return result.toString();
	}

} //PhaseImpl
