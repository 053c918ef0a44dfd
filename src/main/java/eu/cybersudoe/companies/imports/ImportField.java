package eu.cybersudoe.companies.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry's fields a column of a partner's file can be mapped to, each with the column
 * names partners' files commonly use for it in French, Spanish, Portuguese and English (in their
 * plain form: lower case, no accents, no punctuation), for a first guess of the mapping.
 */
public enum ImportField {
    LEGAL_NAME("raison sociale", "denomination", "denomination sociale", "nom entreprise", "nom de l entreprise", "entreprise",
            "societe", "razon social", "denominacion social", "nombre empresa", "nombre de la empresa", "empresa",
            "denominacao", "denominacao social", "designacao social", "designacao", "firma", "nome empresa", "nome da empresa",
            "legal name", "company", "company name", "name"),
    TRADE_NAME("enseigne", "nom commercial", "nombre comercial", "rotulo", "nome comercial", "insignia", "trade name", "brand"),
    IDENTIFIER("siren", "siret", "numero siren", "numero siret", "nif", "cif", "nie", "nif cif", "cif nif", "nif nie", "nif nipc",
            "nipc", "nipc nif", "contribuinte", "numero de contribuinte", "numero contribuinte", "numero de identificacao fiscal",
            "identifiant", "identificador", "identificacion fiscal", "company number", "identifier", "tax id"),
    VAT_NUMBER("tva", "numero tva", "tva intracommunautaire", "numero de tva intracommunautaire", "iva", "nif iva", "numero iva",
            "nif intracomunitario", "vat", "vat number", "numero de iva"),
    COUNTRY("pays", "pais", "country"),
    ADDRESS("adresse", "adresse postale", "direccion", "domicilio", "domicilio social", "morada", "endereco", "sede", "address"),
    POSTCODE("code postal", "cp", "codigo postal", "cod postal", "postcode", "postal code", "zip", "zip code"),
    CITY("ville", "commune", "localite", "ciudad", "municipio", "localidad", "poblacion", "cidade", "concelho", "localidade",
            "city", "town"),
    ACTIVITY_CODE("naf", "code naf", "ape", "code ape", "code naf ape", "activite principale", "cnae", "codigo cnae", "cnae 2009",
            "cae", "codigo cae", "cae principal", "cae rev 3", "activity code", "nace", "nace code"),
    EMPLOYEES("effectif", "effectifs", "effectif salarie", "salaries", "nombre de salaries", "empleados", "trabajadores",
            "numero de empleados", "plantilla", "trabalhadores", "empregados", "numero de trabalhadores", "pessoal ao servico",
            "employees", "staff", "headcount"),
    SIZE_BAND("tranche effectif", "tranche d effectif", "tranche d effectif salarie", "tramo empleados", "tramo de empleo",
            "escalao de pessoal", "escalao trabalhadores", "size band", "headcount band"),
    CREATION_YEAR("annee de creation", "date de creation", "creation", "ano de creacion", "fecha de constitucion",
            "fecha creacion", "ano de constituicao", "data de constituicao", "creation year", "founded", "year founded"),
    WOMAN_LED("dirigee par une femme", "creee par une femme", "dirigida por una mujer", "liderada por mulher",
            "dirigida por mulher", "woman led"),
    WEBSITE("site web", "site internet", "site", "pagina web", "web", "sitio web", "sitio", "website", "url"),
    TAGS("etiquettes", "tags", "etiquetas", "mots cles", "palabras clave", "palavras chave", "keywords"),
    FIRST_NAME("prenom", "nombre", "nome proprio", "primeiro nome", "first name", "given name"),
    LAST_NAME("nom", "nom de famille", "nom contact", "nom du contact", "apellidos", "apellido", "apelido", "apelidos",
            "sobrenome", "ultimo nome", "last name", "surname", "family name"),
    FULL_NAME("contact", "nom et prenom", "nom prenom", "prenom nom", "persona de contacto", "contacto", "nome completo",
            "full name", "contact name"),
    JOB("fonction", "poste", "cargo", "puesto", "funcao", "job", "job title", "position"),
    EMAIL("email", "e mail", "mail", "courriel", "adresse email", "adresse mail", "correo", "correo electronico", "correo e",
            "email address"),
    PHONE("telephone", "tel", "telefono", "telefone", "movil", "telemovel", "phone", "mobile"),
    LANGUAGE("langue", "idioma", "lingua", "language"),
    NEWSLETTER_CONSENT("newsletter", "lettre d information", "consentement newsletter", "boletin", "consentimiento boletin",
            "consentimento newsletter", "newsletter consent", "opt in"),
    INVITATION_CONSENT("invitations", "consentement invitations", "invitaciones", "consentimiento invitaciones", "convites",
            "consentimento convites", "invitation consent"),
    CONSENT_DATE("date consentement", "date du consentement", "fecha consentimiento", "data consentimento", "data do consentimento",
            "consent date");

    /**
     * Columns real exports carry that the registry derives itself (the region and province come
     * from the postcode): recognised, left unmapped, and said so on the mapping page.
     */
    private static final java.util.Set<String> DERIVED = java.util.Set.of("region", "departement", "provincia",
            "comunidad autonoma", "comunidad", "distrito", "regiao", "nuts", "nuts 2", "nuts2");
    /** Words that only say "number" before a column's name: "N° SIRET", "N.º trabalhadores", "Nº empleados". */
    private static final java.util.regex.Pattern NUMBER_PREFIX = java.util.regex.Pattern.compile("^(?:n o|n|no|nr|num|numero) ");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> names;

    ImportField(String... names) {
        this.names = List.of(names);
    }

    /** The message key of the field's name, in the bundles. */
    public String messageKey() {
        return "companies.import.field." + name();
    }

    /**
     * The field a column of this name most likely holds, if any: its plain form is compared with
     * the usual names, also without a leading "N°"/"N.º" and without spaces ("C.I.F." is "cif").
     */
    public static Optional<ImportField> guess(String columnName) {
        String plain = plain(columnName);
        String withoutNumber = NUMBER_PREFIX.matcher(plain).replaceFirst("");
        for (String candidate : List.of(plain, withoutNumber)) {
            for (ImportField field : values()) {
                if (field.names.contains(candidate) || field.compactNames().contains(candidate.replace(" ", ""))) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a column holds what the registry derives from the postcode (region, province, district). */
    public static boolean derivedFromPostcode(String columnName) {
        return DERIVED.contains(plain(columnName));
    }

    private List<String> compactNames() {
        return names.stream().map(name -> name.replace(" ", "")).toList();
    }

    /** A column name in lower case, without accents or punctuation, words separated by one space. */
    static String plain(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }
}
