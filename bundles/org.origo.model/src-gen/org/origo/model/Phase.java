/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One installment of the plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.Phase#getIndex <em>Index</em>}</li>
 *   <li>{@link org.origo.model.Phase#getYear <em>Year</em>}</li>
 *   <li>{@link org.origo.model.Phase#getTargetShare <em>Target Share</em>}</li>
 *   <li>{@link org.origo.model.Phase#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.origo.model.Phase#getPlannedCount <em>Planned Count</em>}</li>
 *   <li>{@link org.origo.model.Phase#getPlannedCost <em>Planned Cost</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getPhase()
 * @model
 * @generated
 */
public interface Phase extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.origo.model.OrigoPackage#getPhase_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.origo.model.Phase#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.origo.model.OrigoPackage#getPhase_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.origo.model.Phase#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Target Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Share</em>' attribute.
	 * @see #setTargetShare(double)
	 * @see org.origo.model.OrigoPackage#getPhase_TargetShare()
	 * @model
	 * @generated
	 */
	double getTargetShare();

	/**
	 * Sets the value of the '{@link org.origo.model.Phase#getTargetShare <em>Target Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Share</em>' attribute.
	 * @see #getTargetShare()
	 * @generated
	 */
	void setTargetShare(double value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(double)
	 * @see org.origo.model.OrigoPackage#getPhase_Budget()
	 * @model
	 * @generated
	 */
	double getBudget();

	/**
	 * Sets the value of the '{@link org.origo.model.Phase#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(double value);

	/**
	 * Returns the value of the '<em><b>Planned Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Count</em>' attribute.
	 * @see #setPlannedCount(int)
	 * @see org.origo.model.OrigoPackage#getPhase_PlannedCount()
	 * @model
	 * @generated
	 */
	int getPlannedCount();

	/**
	 * Sets the value of the '{@link org.origo.model.Phase#getPlannedCount <em>Planned Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Count</em>' attribute.
	 * @see #getPlannedCount()
	 * @generated
	 */
	void setPlannedCount(int value);

	/**
	 * Returns the value of the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Cost</em>' attribute.
	 * @see #setPlannedCost(double)
	 * @see org.origo.model.OrigoPackage#getPhase_PlannedCost()
	 * @model
	 * @generated
	 */
	double getPlannedCost();

	/**
	 * Sets the value of the '{@link org.origo.model.Phase#getPlannedCost <em>Planned Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Cost</em>' attribute.
	 * @see #getPlannedCost()
	 * @generated
	 */
	void setPlannedCost(double value);

} // Phase
