package org.casenotes.supervision.host;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.SupervisionModuleProvider;
import org.casenotes.supervision.host.plugin.PluginHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a form's published JSON Schema, as the plugin generates it, without touching a database. */
@Command(name = "schema", description = "Print the JSON Schema (2020-12, with UI hints) of a form the plugin publishes.")
final class SchemaCommand implements Callable<Integer> {

    /** The forms the plugin publishes. */
    enum Form {
        SELF_DISCLOSURE("self-disclosure");

        private final String name;

        Form(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Mixin
    private HostOptions options;

    @Parameters(index = "0", paramLabel = "FORM", converter = FormConverter.class,
            description = "The form: self-disclosure.")
    private Form form;

    @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en",
            description = "Language of labels and help texts, such as en or es (default: en).")
    private String locale;

    @Override
    public Integer call() {
        try (PluginHost plugins = PluginHost.start(options.pluginsDir())) {
            if (plugins.supervision().isEmpty()) {
                plugins.statuses().forEach(status -> System.err.println(status.line()));
                System.err.println("supervision features: unavailable, no schema to print");
                return 1;
            }
            SupervisionModuleProvider provider = plugins.supervision().get();
            System.out.println(provider.disclosureFormSchema(Locale.forLanguageTag(locale)));
            return 0;
        }
    }

    /** Accepts the form by its command-line name. */
    static final class FormConverter implements picocli.CommandLine.ITypeConverter<Form> {
        @Override
        public Form convert(String value) {
            for (Form candidate : Form.values()) {
                if (candidate.name.equals(value)) {
                    return candidate;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown form '" + value + "'; known forms: self-disclosure");
        }
    }
}
