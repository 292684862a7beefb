package org.origo.ui.internal;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.origo.ui.internal.i18n.UiMessages;

/** File > Preferences: language, default profile and currency, stored with Eclipse preferences. */
public final class PreferencesDialog extends PreferenceDialog {

    private final GeneralPage page;

    private PreferencesDialog(Shell parent, PreferenceManager manager, GeneralPage page) {
        super(parent, manager);
        this.page = page;
    }

    public static PreferencesDialog create(Shell parent, Workbench wb) {
        PreferenceManager m = new PreferenceManager();
        GeneralPage page = new GeneralPage(wb);
        m.addToRoot(new PreferenceNode("general", page));
        return new PreferencesDialog(parent, m, page);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.plain(t("file.preferences")));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setText(t("dialog.ok"));
        }
        if (getButton(IDialogConstants.CANCEL_ID) != null) {
            getButton(IDialogConstants.CANCEL_ID).setText(t("dialog.cancel"));
        }
    }

    public GeneralPage page() {
        return page;
    }

    /** The one page: its combos, and OK applying them. */
    public static final class GeneralPage extends PreferencePage {

        private static final String[] LANGUAGES = { UiPreferences.SYSTEM, "en", "zh" };
        private static final String[] CURRENCIES = { "CNY", "USD", "EUR", "" };

        private final Workbench wb;
        private Combo language;
        private Combo profile;
        private Combo currency;
        private final List<String> profiles = new ArrayList<>();

        GeneralPage(Workbench wb) {
            super(t("prefs.general"));
            this.wb = wb;
            noDefaultAndApplyButton();
        }

        @Override
        protected Control createContents(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText(t("prefs.language"));
            language = new Combo(c, SWT.READ_ONLY);
            language.setItems(t("prefs.language.system"), "English", "简体中文");
            language.select(indexOf(LANGUAGES, UiPreferences.get(UiPreferences.LANGUAGE, UiPreferences.SYSTEM)));
            new Label(c, SWT.NONE).setText(t("prefs.profile"));
            profile = new Combo(c, SWT.READ_ONLY);
            profile.add(t("prefs.profile.ask"));
            profiles.add("");
            for (var e : wb.services().contributions().profiles()) {
                profiles.add(e.id());
                profile.add(e.id() + " — " + UiMessages.in(e.service().label()));
            }
            profile.select(Math.max(0, profiles.indexOf(UiPreferences.get(UiPreferences.PROFILE, ""))));
            new Label(c, SWT.NONE).setText(t("prefs.currency"));
            currency = new Combo(c, SWT.READ_ONLY);
            currency.setItems("CNY", "USD", "EUR", t("prefs.currency.none"));
            currency.select(indexOf(CURRENCIES, UiPreferences.currency()));
            Label note = new Label(c, SWT.WRAP);
            note.setText(t("prefs.heap", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            GridData nd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            nd.widthHint = 380;
            note.setLayoutData(nd);
            return c;
        }

        private static int indexOf(String[] values, String v) {
            for (int i = 0; i < values.length; i++) {
                if (values[i].equals(v)) {
                    return i;
                }
            }
            return 0;
        }

        /** Sets the choices as the user does (for tests): language, profile id ("" to ask), currency ("" for none). */
        public void choose(String lang, String profileId, String currencyCode) {
            language.select(indexOf(LANGUAGES, lang));
            profile.select(Math.max(0, profiles.indexOf(profileId)));
            currency.select(indexOf(CURRENCIES, currencyCode));
        }

        @Override
        public boolean performOk() {
            String lang = LANGUAGES[Math.max(0, language.getSelectionIndex())];
            UiPreferences.put(UiPreferences.LANGUAGE, lang);
            UiPreferences.put(UiPreferences.PROFILE, profiles.get(Math.max(0, profile.getSelectionIndex())));
            UiPreferences.put(UiPreferences.CURRENCY, CURRENCIES[Math.max(0, currency.getSelectionIndex())]);
            // applied at once (not later on the event queue, where it could undo a switch made meanwhile)
            Locale l = UiPreferences.language();
            UiMessages.setLocale(l != null ? l : Locale.getDefault());
            wb.refreshAll();
            return true;
        }
    }
}
