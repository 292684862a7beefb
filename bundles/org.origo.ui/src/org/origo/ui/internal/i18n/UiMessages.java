package org.origo.ui.internal.i18n;

import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.origo.api.Messages;
import org.origo.api.Text;

/**
 * The workbench's user-facing strings (messages.properties and messages_zh.properties beside this
 * class) and the language they are shown in: the OS locale at start, switchable at run time.
 */
public final class UiMessages {

    private static final Messages MESSAGES = Messages.load(UiMessages.class, "messages");
    private static final CopyOnWriteArrayList<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Locale locale = Text.isChinese(Locale.getDefault()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;

    private UiMessages() {
    }

    /** The message in the current language. */
    public static String t(String key, Object... args) {
        return MESSAGES.get(key, args).in(locale);
    }

    /** A menu label without its mnemonic: {@code &Classify} and {@code 判定(&C)} become plain text. */
    public static String plain(String label) {
        return label.replaceAll("\\(&.\\)", "").replace("&", "");
    }

    /** The message in both languages. */
    public static Text text(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    /** A bilingual text in the current language. */
    public static String in(Text text) {
        return text == null ? "" : text.in(locale);
    }

    /** Picks the English or Chinese form of a pair stored in the model. */
    public static String pick(String en, String zh) {
        if (chinese() && zh != null && !zh.isEmpty()) {
            return zh;
        }
        return en == null ? (zh == null ? "" : zh) : en;
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean chinese() {
        return Text.isChinese(locale);
    }

    /** Switches the language and tells the listeners (on the caller's thread). */
    public static void setLocale(Locale newLocale) {
        Locale l = Text.isChinese(newLocale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        if (!l.equals(locale)) {
            locale = l;
            for (Runnable r : LISTENERS) {
                r.run();
            }
        }
    }

    public static void addLocaleListener(Runnable r) {
        LISTENERS.add(r);
    }

    public static void removeLocaleListener(Runnable r) {
        LISTENERS.remove(r);
    }

    public static Messages all() {
        return MESSAGES;
    }
}
