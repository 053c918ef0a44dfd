package eu.cybersudoe.companies.demo;

import eu.cybersudoe.network.Country;

import java.util.List;
import java.util.Map;

/**
 * The words generated organisations and people are made of, per country. A trade word carries
 * a NACE prefix ({@code Boulangerie=10.71}, {@code Maçonnerie=43}) saying among which of its
 * theme's classes the activity is chosen, so that a bakery is not classified as a farm.
 */
final class Words {

    /** The words of one country. */
    record Lexicon(List<String> femaleFirstNames, List<String> maleFirstNames, List<String> lastNames,
                   Map<String, List<String>> tradesByTheme, List<String> streets, List<String> femaleJobs,
                   List<String> maleJobs, List<String> structurePatterns, String providerSuffix, String editorSuffix,
                   String familyPattern) {
    }

    /** The theme code for activities of no sectoral theme (services). */
    static final String SERVICES = "services";

    /** Made-up brand stems for digital-solution providers and software editors. */
    static final List<String> BRANDS = List.of("Arverna", "Volcania", "Numeria", "Infolim", "Ideasoft", "Netica",
            "Datanorte", "Clicknet", "Webmedia", "Sistel", "Cibernova", "Logitec", "Tecnobeira", "Infocentro",
            "Digitalis", "Teleris", "Nubeo", "Pixelia", "Kodea", "Bytesud");

    /** Names of parts of the partners' regions, with their article, for "Têxteis da Beira". */
    static final Map<String, List<String>> AREAS = Map.ofEntries(
            Map.entry("FRK1", List.of("d'Auvergne", "du Velay", "des Volcans", "du Bourbonnais", "du Cantal")),
            Map.entry("FRI2", List.of("du Limousin", "de la Corrèze", "de la Creuse")),
            Map.entry("FRJ1", List.of("du Languedoc", "des Cévennes", "du Roussillon", "des Corbières")),
            Map.entry("FRI1", List.of("d'Aquitaine", "du Médoc", "de Gascogne", "du Périgord", "des Landes", "du Béarn")),
            Map.entry("ES12", List.of("del Cantábrico", "de Asturias", "del Nalón")),
            Map.entry("ES22", List.of("de Navarra", "del Baztán", "de la Ribera")),
            Map.entry("ES41", List.of("del Duero", "de Castilla", "del Bierzo", "del Arlanza")),
            Map.entry("ES42", List.of("de la Mancha", "del Tajo", "de la Alcarria")),
            Map.entry("ES51", List.of("del Vallès", "del Penedès", "del Montseny", "de la Segarra")),
            Map.entry("PT16", List.of("da Beira", "da Serra da Estrela", "do Mondego", "do Zêzere", "da Gardunha", "do Lis")));

    static final Map<Country, Lexicon> BY_COUNTRY = Map.of(
            Country.FR, new Lexicon(
                    List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Céline", "Julie", "Aurélie",
                            "Émilie", "Camille", "Claire", "Sandrine", "Valérie", "Christine", "Laure", "Hélène", "Élodie"),
                    List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Stéphane", "Laurent",
                            "Julien", "Sébastien", "David", "Thierry", "Olivier", "Éric", "Frédéric", "Mathieu", "Guillaume"),
                    List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                            "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux", "Vincent", "Fournier",
                            "Morel", "Girard", "Mercier", "Blanc", "Guérin", "Boyer", "Chabrol", "Vidal", "Roussel", "Brun",
                            "Faure", "Chassaing", "Mazet", "Delmas", "Bouchet", "Cros", "Pradel", "Teyssier", "Rouquette"),
                    Map.of("building", List.of("Maçonnerie=43.99", "Menuiserie=43.32", "Plomberie=43.22", "Électricité=43.21",
                                    "Charpente=43.91", "Peinture=43.34", "Carrelage=43.33", "Terrassement=43.12",
                                    "Bâtiment=41.20", "Travaux publics=42"),
                            "tourism", List.of("Hôtel=55.10", "Restaurant=56.10", "Gîte=55.20", "Camping=55.30",
                                    "Brasserie=56.10", "Café=56.30", "Voyages=79.11", "Loisirs=93.29"),
                            "commerce", List.of("Garage=45.20", "Épicerie=47.11", "Boutique=47.71", "Librairie=47.61",
                                    "Quincaillerie=47.52", "Fleurs=47.76", "Optique=47.78", "Négoce=46", "Chaussures=47.72"),
                            "agri-food", List.of("Boulangerie=10.71", "Fromagerie=10.51", "Charcuterie=10.13", "Domaine=11.02",
                                    "Conserverie=10.39", "Biscuiterie=10.72", "Ferme=01", "Élevage=01.4", "Brasserie artisanale=11.05"),
                            "industry", List.of("Ateliers=25.62", "Mécanique=28", "Plasturgie=22.2", "Tôlerie=25.1",
                                    "Imprimerie=18.12", "Scierie=16.10", "Chaudronnerie=25.29", "Meubles=31", "Textiles=13"),
                            SERVICES, List.of("Cabinet=69.20", "Conseil=70.22", "Transports=49.41", "Informatique=62.02",
                                    "Agence=73.11", "Nettoyage=81.21", "Architecture=71.11", "Taxis=49.32", "Coiffure=96.02")),
                    List.of("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "place de la Mairie",
                            "boulevard Gambetta", "rue des Écoles", "chemin des Vignes", "rue du Commerce", "route de Lyon",
                            "zone artisanale des Prés"),
                    List.of("Gérante", "Directrice", "Présidente", "Responsable administrative", "Comptable", "Assistante de direction"),
                    List.of("Gérant", "Directeur", "Président", "Responsable commercial", "Responsable technique", "Chef d'atelier"),
                    List.of("Pépinière d'entreprises %s", "Association des entrepreneurs %s", "Maison de l'entreprise %s"),
                    "Informatique", "Logiciels", "%s et Fils"),
            Country.ES, new Lexicon(
                    List.of("María", "Carmen", "Ana", "Laura", "Marta", "Lucía", "Elena", "Cristina", "Isabel", "Pilar",
                            "Raquel", "Beatriz", "Sara", "Nuria", "Montserrat", "Ainhoa", "Paula", "Rocío"),
                    List.of("Antonio", "José", "Manuel", "Francisco", "David", "Javier", "Juan", "Carlos", "Jesús", "Miguel",
                            "Pedro", "Alejandro", "Pablo", "Sergio", "Jordi", "Iñaki", "Álvaro", "Rubén"),
                    List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz", "Romero", "Alonso",
                            "Gutiérrez", "Navarro", "Torres", "Domínguez", "Ramos", "Serrano", "Blanco", "Suárez", "Castro",
                            "Menéndez", "Puig", "Ferrer", "Soler", "Vila", "Etxeberria", "Goñi", "Arregui"),
                    Map.of("building", List.of("Construcciones=41.20", "Reformas=43.39", "Instalaciones Eléctricas=43.21",
                                    "Fontanería=43.22", "Carpintería=43.32", "Pinturas=43.34", "Excavaciones=43.12",
                                    "Obras Públicas=42"),
                            "tourism", List.of("Hotel=55.10", "Hostal=55.10", "Restaurante=56.10", "Casa Rural=55.20",
                                    "Bar=56.30", "Viajes=79.11", "Mesón=56.10", "Camping=55.30"),
                            "commerce", List.of("Talleres=45.20", "Comercial=46", "Distribuciones=46", "Ferretería=47.52",
                                    "Librería=47.61", "Supermercados=47.11", "Moda=47.71", "Automóviles=45.11"),
                            "agri-food", List.of("Panadería=10.71", "Quesería=10.51", "Bodegas=11.02", "Conservas=10.39",
                                    "Embutidos=10.13", "Aceites=10.41", "Granja=01.4", "Harinas=10.61"),
                            "industry", List.of("Metalúrgica=24", "Mecanizados=25.62", "Plásticos=22.2", "Gráficas=18.12",
                                    "Calderería=25.29", "Maderas=16", "Textil=13", "Muebles=31"),
                            SERVICES, List.of("Asesoría=69.20", "Consultores=70.22", "Transportes=49.41", "Gestoría=69.20",
                                    "Ingeniería=71.12", "Informática=62.02", "Limpiezas=81.21", "Peluquería=96.02")),
                    List.of("Calle Mayor", "Avenida de la Constitución", "Calle Real", "Plaza de España", "Calle San Francisco",
                            "Calle Nueva", "Avenida de Castilla", "Calle del Carmen", "Polígono Industrial Norte", "Calle Ancha"),
                    List.of("Gerente", "Directora", "Administradora", "Responsable de administración", "Contable", "Secretaria de dirección"),
                    List.of("Gerente", "Director", "Administrador", "Responsable comercial", "Responsable técnico", "Jefe de taller"),
                    List.of("Vivero de Empresas %s", "Asociación de Empresarios %s", "Centro de Empresas %s"),
                    "Soluciones Informáticas", "Software", "%s e Hijos"),
            Country.PT, new Lexicon(
                    List.of("Maria", "Ana", "Joana", "Sofia", "Inês", "Catarina", "Rita", "Marta", "Sara", "Patrícia",
                            "Cláudia", "Helena", "Teresa", "Beatriz", "Filipa", "Carla", "Susana", "Mariana"),
                    List.of("João", "José", "António", "Manuel", "Francisco", "Pedro", "Rui", "Paulo", "Carlos", "Luís",
                            "Miguel", "Nuno", "Tiago", "Ricardo", "Bruno", "Jorge", "Hugo", "Diogo"),
                    List.of("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
                            "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
                            "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro",
                            "Cardoso", "Rocha", "Raposo", "Neves", "Matos", "Fonseca"),
                    Map.of("building", List.of("Construções=41.20", "Obras=43.99", "Instalações Elétricas=43.21",
                                    "Canalizações=43.22", "Carpintaria=43.32", "Pinturas=43.34", "Remodelações=43.39"),
                            "tourism", List.of("Hotel=55.10", "Residencial=55.10", "Restaurante=56.10", "Turismo Rural=55.20",
                                    "Pastelaria=56.30", "Viagens=79.11", "Parque de Campismo=55.30"),
                            "commerce", List.of("Comércio=46", "Stand=45.11", "Oficina=45.20", "Drogaria=47.52",
                                    "Papelaria=47.62", "Sapataria=47.72", "Modas=47.71", "Mercearia=47.11"),
                            "agri-food", List.of("Padaria=10.71", "Queijaria=10.51", "Enchidos=10.13", "Adega=11.02",
                                    "Lagar=10.41", "Conservas=10.2", "Quinta=01", "Doçaria=10.72"),
                            "industry", List.of("Têxteis=13", "Metalomecânica=25", "Serralharia=25.1", "Plásticos=22.2",
                                    "Tipografia=18.12", "Confeções=14", "Cortiças=16.29", "Madeiras=16"),
                            SERVICES, List.of("Contabilidade=69.20", "Consultoria=70.22", "Transportes=49.41",
                                    "Engenharia=71.12", "Informática=62.02", "Limpezas=81.21", "Cabeleireiro=96.02", "Gabinete=71.11")),
                    List.of("Rua Direita", "Avenida da Liberdade", "Rua 25 de Abril", "Largo do Município", "Rua de Santo António",
                            "Rua da Estação", "Avenida da República", "Rua do Comércio", "Zona Industrial", "Rua Nova"),
                    List.of("Sócia-gerente", "Gerente", "Diretora", "Administrativa", "Contabilista", "Secretária de direção"),
                    List.of("Sócio-gerente", "Gerente", "Diretor", "Responsável comercial", "Responsável técnico", "Encarregado"),
                    List.of("Incubadora de Empresas %s", "Associação Empresarial %s", "Núcleo Empresarial %s"),
                    "Soluções Informáticas", "Software", "%s & Filhos"));

    private Words() {
    }
}
