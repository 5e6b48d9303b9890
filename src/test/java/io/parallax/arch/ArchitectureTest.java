package io.parallax.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the product's packages, checked on the compiled main classes. Each layer may use the
 * layers below it and never one above: an article's data flows up from the model through annotation,
 * events and comparison, the brief, the assembled pipeline and the report to the commands and the web
 * reader (docs/architecture.md draws it).
 */
class ArchitectureTest {

  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("io.parallax");
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Model").definedBy("io.parallax.model..")
        .layer("Text").definedBy("io.parallax.nlp..", "io.parallax.clean..", "io.parallax.extract..",
            "io.parallax.ingest..", "io.parallax.fetch..")
        .layer("Store").definedBy("io.parallax.store..")
        .layer("Story").definedBy("io.parallax.story..")
        .layer("Compare").definedBy("io.parallax.compare..")
        .layer("Brief").definedBy("io.parallax.brief..")
        .layer("Pipeline").definedBy("io.parallax.pipeline..")
        .layer("Report").definedBy("io.parallax.report..")
        .layer("Serve").definedBy("io.parallax.serve..")
        .layer("Cli").definedBy("io.parallax.cli..")
        .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("Serve").mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("Report").mayOnlyBeAccessedByLayers("Serve", "Cli")
        .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Report", "Serve", "Cli")
        .whereLayer("Brief").mayOnlyBeAccessedByLayers("Pipeline", "Report", "Serve", "Cli")
        .whereLayer("Compare").mayOnlyBeAccessedByLayers("Brief", "Pipeline", "Report", "Serve", "Cli")
        .whereLayer("Story").mayOnlyBeAccessedByLayers("Pipeline", "Report", "Serve", "Cli")
        .whereLayer("Store").mayOnlyBeAccessedByLayers("Story", "Serve", "Cli")
        .whereLayer("Text").mayOnlyBeAccessedByLayers(
            "Story", "Compare", "Brief", "Pipeline", "Report", "Serve", "Cli")
        .check(product);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.parallax.(*)..").should().beFreeOfCycles().check(product);
  }

  @Test
  void theModelDependsOnNoOtherPackageOfTheProduct() {
    classes().that().resideInAPackage("io.parallax.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("io.parallax.model..", "java..")
        .because("the model holds plain immutable records every stage reads")
        .check(product);
  }

  /**
   * Language analysis (tokenizing, stemming, sentence splitting, tagging, name finding) belongs to
   * {@code nlp}: later stages read its annotations. The search index in {@code store} and {@code serve}
   * may analyse text for retrieval, and {@code ingest} identifies languages.
   */
  @Test
  void languageAnalysisHappensOnlyInNlp() {
    noClasses()
        .that().resideInAnyPackage("io.parallax.story..", "io.parallax.compare..", "io.parallax.brief..",
            "io.parallax.pipeline..", "io.parallax.report..", "io.parallax.cli..", "io.parallax.clean..",
            "io.parallax.extract..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.lucene.analysis..", "opennlp.tools.tokenize..", "opennlp.tools.sentdetect..",
            "opennlp.tools.postag..", "opennlp.tools.namefind..", "opennlp.tools.stemmer..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.text.BreakIterator")
        .because("sentences, tokens and stems are computed once, in nlp, and read by every later stage")
        .check(product);
  }

  /**
   * Sentences and tokens are cut one way: the annotations' sentences, else {@code nlp.Segmentation},
   * which the annotator uses too; no later stage holds a splitter or tokenizer of its own.
   */
  @Test
  void laterStagesSplitAndTokenizeOnlyThroughSegmentation() {
    noClasses().that().resideOutsideOfPackage("io.parallax.nlp..")
        .should().dependOnClassesThat().haveFullyQualifiedName("io.parallax.nlp.NewsSentenceSplitter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.parallax.nlp.NewsTokenizer")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.parallax.nlp.SentenceSplitter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.parallax.nlp.Tokenizer")
        .because("one segmentation (nlp.Segmentation) serves the annotator and every later stage")
        .check(product);
  }

  /**
   * Event detection reads text only through {@code nlp} (content terms, names, times, numbers): it
   * holds no tokenizer, date parser or number pattern of its own.
   */
  @Test
  void storyParsesNoTextOfItsOwn() {
    noClasses().that().resideInAPackage("io.parallax.story..")
        .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
        .because("story reads text through nlp's ContentTerms, LexicalScan, Segmentation and TimeFinder")
        .check(product);
  }

  /**
   * Time expressions have one reader, {@code nlp.TimeFinder}, for the annotations and for event
   * features alike: no other class of {@code nlp} or {@code story} resolves weekdays against a date.
   */
  @Test
  void timeExpressionsAreReadOnlyByTimeFinder() {
    noClasses().that().resideInAnyPackage("io.parallax.nlp..", "io.parallax.story..")
        .and().doNotHaveFullyQualifiedName("io.parallax.nlp.TimeFinder")
        .should().dependOnClassesThat().haveFullyQualifiedName("java.time.temporal.TemporalAdjusters")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.DayOfWeek")
        .because("one time reader (nlp.TimeFinder) feeds both Annotations.times() and the event features")
        .check(product);
  }

  /**
   * An article's text is set only where it is read (ingest, extract, fetch): every later stage, story
   * detection included, reads the text as read and the cleaner's kept spans ({@code CleanArticle}),
   * never an {@code Article} rebuilt around other text.
   */
  @Test
  void articleTextIsSetOnlyWhereItIsRead() {
    noClasses().that().resideOutsideOfPackages("io.parallax.model..", "io.parallax.ingest..",
            "io.parallax.extract..", "io.parallax.fetch..")
        .should().callMethod(io.parallax.model.Article.Builder.class, "text", String.class)
        .because("every span points into Article.text() as read; story detection takes the CleanArticle")
        .check(product);
  }

  /**
   * Embeddings come from one interface and one model class, both in {@code nlp} ({@code TextEmbedder},
   * {@code MiniLm}): event detection, comparison, brief and the web reader share them, and each model
   * loads once.
   */
  @Test
  void embeddingsComeOnlyFromNlp() {
    noClasses().that().resideOutsideOfPackage("io.parallax.nlp..")
        .should().haveSimpleNameEndingWith("Embedder")
        .orShould().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
        .because("one embedder interface and one model class, in nlp, serve every stage")
        .check(product);
  }
}
