package eu.cybersudoe.companies.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry's fields a column of a partner's file can be mapped to, each with the column
 * names partners' files commonly use for it in French, Spanish, Portuguese and English (in their
 * plain form: lower case, no accents, no punctuation), for a first guess of the mapping.
 */
public enum ImportField {
    LEGAL_NAME("raison sociale", "denomination", "nom entreprise", "entreprise", "societe", "razon social", "nombre empresa",
            "empresa", "denominacao", "denominacao social", "nome empresa", "legal name", "company", "company name", "name", "nom"),
    TRADE_NAME("enseigne", "nom commercial", "nombre comercial", "nome comercial", "trade name"),
    IDENTIFIER("siren", "siret", "nif", "cif", "nie", "nipc", "nif nipc", "identifiant", "identificador", "company number",
            "identifier"),
    VAT_NUMBER("tva", "numero tva", "tva intracommunautaire", "iva", "nif iva", "numero iva", "vat", "vat number"),
    COUNTRY("pays", "pais", "country"),
    ADDRESS("adresse", "direccion", "domicilio", "morada", "endereco", "address"),
    POSTCODE("code postal", "cp", "codigo postal", "cod postal", "postcode", "postal code", "zip"),
    CITY("ville", "commune", "localite", "ciudad", "municipio", "localidad", "poblacion", "cidade", "concelho", "localidade",
            "city", "town"),
    ACTIVITY_CODE("naf", "code naf", "ape", "code ape", "cnae", "codigo cnae", "cae", "codigo cae", "activity code", "nace"),
    EMPLOYEES("effectif", "effectifs", "salaries", "nombre de salaries", "empleados", "trabajadores", "numero de empleados",
            "trabalhadores", "empregados", "numero de trabalhadores", "employees", "staff"),
    SIZE_BAND("tranche effectif", "tranche d effectif", "tramo empleados", "tramo de empleo", "escalao de pessoal",
            "escalao trabalhadores", "size band", "headcount band"),
    CREATION_YEAR("annee de creation", "date de creation", "creation", "ano de creacion", "fecha de constitucion",
            "fecha creacion", "ano de constituicao", "data de constituicao", "creation year", "founded", "year founded"),
    WOMAN_LED("dirigee par une femme", "creee par une femme", "dirigida por una mujer", "liderada por mulher",
            "dirigida por mulher", "woman led"),
    WEBSITE("site web", "site internet", "site", "pagina web", "web", "sitio web", "sitio", "website"),
    TAGS("etiquettes", "tags", "etiquetas", "mots cles", "palabras clave", "palavras chave", "keywords"),
    FIRST_NAME("prenom", "nombre", "nome proprio", "primeiro nome", "first name", "given name"),
    LAST_NAME("nom de famille", "nom contact", "apellidos", "apellido", "apelido", "sobrenome", "ultimo nome", "last name",
            "surname", "family name"),
    FULL_NAME("contact", "nom et prenom", "nom prenom", "persona de contacto", "contacto", "nome completo", "full name",
            "contact name"),
    JOB("fonction", "poste", "cargo", "puesto", "funcao", "job", "job title", "position"),
    EMAIL("email", "e mail", "mail", "courriel", "adresse email", "correo", "correo electronico", "email address"),
    PHONE("telephone", "tel", "telefono", "telefone", "movil", "telemovel", "phone", "mobile"),
    LANGUAGE("langue", "idioma", "lingua", "language"),
    NEWSLETTER_CONSENT("newsletter", "lettre d information", "consentement newsletter", "boletin", "consentimiento boletin",
            "consentimento newsletter", "newsletter consent", "opt in"),
    INVITATION_CONSENT("invitations", "consentement invitations", "invitaciones", "consentimiento invitaciones", "convites",
            "consentimento convites", "invitation consent"),
    CONSENT_DATE("date consentement", "date du consentement", "fecha consentimiento", "data consentimento", "data do consentimento",
            "consent date");

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

    /** The field a column of this name most likely holds, if any. */
    public static Optional<ImportField> guess(String columnName) {
        String plain = plain(columnName);
        return Arrays.stream(values()).filter(field -> field.names.contains(plain)).findFirst();
    }

    /** A column name in lower case, without accents or punctuation, words separated by one space. */
    static String plain(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }
}
