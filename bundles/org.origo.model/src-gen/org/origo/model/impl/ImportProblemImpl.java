/**
 * Origo model - generated from model/origo.ecore by releng/model-codegen. Do not edit.
 */
package org.origo.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.origo.model.ImportProblem;
import org.origo.model.OrigoPackage;
import org.origo.model.Severity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Problem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.origo.model.impl.ImportProblemImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.origo.model.impl.ImportProblemImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.origo.model.impl.ImportProblemImpl#getField <em>Field</em>}</li>
 *   <li>{@link org.origo.model.impl.ImportProblemImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.origo.model.impl.ImportProblemImpl#getMessageEn <em>Message En</em>}</li>
 *   <li>{@link org.origo.model.impl.ImportProblemImpl#getMessageZh <em>Message Zh</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportProblemImpl extends MinimalEObjectImpl.Container implements ImportProblem {
	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final long LINE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected long line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected String field = FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.INFO;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageEn() <em>Message En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageEn()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageEn() <em>Message En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageEn()
	 * @generated
	 * @ordered
	 */
	protected String messageEn = MESSAGE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageZh() <em>Message Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageZh()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageZh() <em>Message Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageZh()
	 * @generated
	 * @ordered
	 */
	protected String messageZh = MESSAGE_ZH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportProblemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrigoPackage.Literals.IMPORT_PROBLEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.IMPORT_PROBLEM__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(long newLine) {
		long oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.IMPORT_PROBLEM__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getField() {
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setField(String newField) {
		String oldField = field;
		field = newField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.IMPORT_PROBLEM__FIELD, oldField, field));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.IMPORT_PROBLEM__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageEn() {
		return messageEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageEn(String newMessageEn) {
		String oldMessageEn = messageEn;
		messageEn = newMessageEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.IMPORT_PROBLEM__MESSAGE_EN, oldMessageEn, messageEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageZh() {
		return messageZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageZh(String newMessageZh) {
		String oldMessageZh = messageZh;
		messageZh = newMessageZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrigoPackage.IMPORT_PROBLEM__MESSAGE_ZH, oldMessageZh, messageZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrigoPackage.IMPORT_PROBLEM__FILE:
				return getFile();
			case OrigoPackage.IMPORT_PROBLEM__LINE:
				return getLine();
			case OrigoPackage.IMPORT_PROBLEM__FIELD:
				return getField();
			case OrigoPackage.IMPORT_PROBLEM__SEVERITY:
				return getSeverity();
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_EN:
				return getMessageEn();
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_ZH:
				return getMessageZh();
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
			case OrigoPackage.IMPORT_PROBLEM__FILE:
				setFile((String)newValue);
				return;
			case OrigoPackage.IMPORT_PROBLEM__LINE:
				setLine((Long)newValue);
				return;
			case OrigoPackage.IMPORT_PROBLEM__FIELD:
				setField((String)newValue);
				return;
			case OrigoPackage.IMPORT_PROBLEM__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_EN:
				setMessageEn((String)newValue);
				return;
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_ZH:
				setMessageZh((String)newValue);
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
			case OrigoPackage.IMPORT_PROBLEM__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case OrigoPackage.IMPORT_PROBLEM__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case OrigoPackage.IMPORT_PROBLEM__FIELD:
				setField(FIELD_EDEFAULT);
				return;
			case OrigoPackage.IMPORT_PROBLEM__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_EN:
				setMessageEn(MESSAGE_EN_EDEFAULT);
				return;
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_ZH:
				setMessageZh(MESSAGE_ZH_EDEFAULT);
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
			case OrigoPackage.IMPORT_PROBLEM__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case OrigoPackage.IMPORT_PROBLEM__LINE:
				return line != LINE_EDEFAULT;
			case OrigoPackage.IMPORT_PROBLEM__FIELD:
				return FIELD_EDEFAULT == null ? field != null : !FIELD_EDEFAULT.equals(field);
			case OrigoPackage.IMPORT_PROBLEM__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_EN:
				return MESSAGE_EN_EDEFAULT == null ? messageEn != null : !MESSAGE_EN_EDEFAULT.equals(messageEn);
			case OrigoPackage.IMPORT_PROBLEM__MESSAGE_ZH:
				return MESSAGE_ZH_EDEFAULT == null ? messageZh != null : !MESSAGE_ZH_EDEFAULT.equals(messageZh);
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
		result.append(" (file: ");
		result.append(file);
		result.append(", line: ");
		result.append(line);
		result.append(", field: ");
		result.append(field);
		result.append(", severity: ");
		result.append(severity);
		result.append(", messageEn: ");
		result.append(messageEn);
		result.append(", messageZh: ");
		result.append(messageZh);
		result.append(')');
		return result.toString();
	}

} //ImportProblemImpl
