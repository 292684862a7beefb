/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Verdict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The outcome of one origin profile for one asset, with the rules that fired and the explanation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.Verdict#getProfileId <em>Profile Id</em>}</li>
 *   <li>{@link org.origo.model.Verdict#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.origo.model.Verdict#isAnyUs <em>Any Us</em>}</li>
 *   <li>{@link org.origo.model.Verdict#getRuleIds <em>Rule Ids</em>}</li>
 *   <li>{@link org.origo.model.Verdict#getReasonEn <em>Reason En</em>}</li>
 *   <li>{@link org.origo.model.Verdict#getReasonZh <em>Reason Zh</em>}</li>
 *   <li>{@link org.origo.model.Verdict#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.origo.model.Verdict#isOverride <em>Override</em>}</li>
 * </ul>
 *
 * @see org.origo.model.OrigoPackage#getVerdict()
 * @model
 * @generated
 */
public interface Verdict extends EObject {
	/**
	 * Returns the value of the '<em><b>Profile Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profile Id</em>' attribute.
	 * @see #setProfileId(String)
	 * @see org.origo.model.OrigoPackage#getVerdict_ProfileId()
	 * @model
	 * @generated
	 */
	String getProfileId();

	/**
	 * Sets the value of the '{@link org.origo.model.Verdict#getProfileId <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile Id</em>' attribute.
	 * @see #getProfileId()
	 * @generated
	 */
	void setProfileId(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.origo.model.VerdictOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.origo.model.VerdictOutcome
	 * @see #setOutcome(VerdictOutcome)
	 * @see org.origo.model.OrigoPackage#getVerdict_Outcome()
	 * @model
	 * @generated
	 */
	VerdictOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.origo.model.Verdict#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.origo.model.VerdictOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(VerdictOutcome value);

	/**
	 * Returns the value of the '<em><b>Any Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Us</em>' attribute.
	 * @see #setAnyUs(boolean)
	 * @see org.origo.model.OrigoPackage#getVerdict_AnyUs()
	 * @model
	 * @generated
	 */
	boolean isAnyUs();

	/**
	 * Sets the value of the '{@link org.origo.model.Verdict#isAnyUs <em>Any Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Any Us</em>' attribute.
	 * @see #isAnyUs()
	 * @generated
	 */
	void setAnyUs(boolean value);

	/**
	 * Returns the value of the '<em><b>Rule Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Ids</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getVerdict_RuleIds()
	 * @model
	 * @generated
	 */
	EList<String> getRuleIds();

	/**
	 * Returns the value of the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason En</em>' attribute.
	 * @see #setReasonEn(String)
	 * @see org.origo.model.OrigoPackage#getVerdict_ReasonEn()
	 * @model
	 * @generated
	 */
	String getReasonEn();

	/**
	 * Sets the value of the '{@link org.origo.model.Verdict#getReasonEn <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason En</em>' attribute.
	 * @see #getReasonEn()
	 * @generated
	 */
	void setReasonEn(String value);

	/**
	 * Returns the value of the '<em><b>Reason Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason Zh</em>' attribute.
	 * @see #setReasonZh(String)
	 * @see org.origo.model.OrigoPackage#getVerdict_ReasonZh()
	 * @model
	 * @generated
	 */
	String getReasonZh();

	/**
	 * Sets the value of the '{@link org.origo.model.Verdict#getReasonZh <em>Reason Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason Zh</em>' attribute.
	 * @see #getReasonZh()
	 * @generated
	 */
	void setReasonZh(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute list.
	 * @see org.origo.model.OrigoPackage#getVerdict_Findings()
	 * @model
	 * @generated
	 */
	EList<String> getFindings();

	/**
	 * Returns the value of the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Override</em>' attribute.
	 * @see #setOverride(boolean)
	 * @see org.origo.model.OrigoPackage#getVerdict_Override()
	 * @model
	 * @generated
	 */
	boolean isOverride();

	/**
	 * Sets the value of the '{@link org.origo.model.Verdict#isOverride <em>Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Override</em>' attribute.
	 * @see #isOverride()
	 * @generated
	 */
	void setOverride(boolean value);

} // Verdict
