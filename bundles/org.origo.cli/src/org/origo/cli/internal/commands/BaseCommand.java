package org.origo.cli.internal.commands;

import org.origo.api.OrigoCommand;
import org.origo.api.Text;
import org.origo.cli.internal.i18n.CliMessages;

/** Summary and usage of a built-in command from the CLI's message files ({@code cmd.<name>.summary/usage}). */
abstract class BaseCommand implements OrigoCommand {

    @Override
    public Text summary() {
        return CliMessages.get("cmd." + name() + ".summary");
    }

    @Override
    public Text usage() {
        return CliMessages.get("cmd." + name() + ".usage");
    }

    static Text msg(String key, Object... args) {
        return CliMessages.get(key, args);
    }
}
