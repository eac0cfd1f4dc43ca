// The notes rules read phrasings, negation and contrast, quote the sentence they judged, and
// know accuracy is no metric where positives are rare.
import XCTest

@testable import MLSDCore

final class NotesReadingTests: XCTestCase {
  private func leakage(_ text: String) -> Check? {
    var notes = StepNotes()
    notes[.data] = text
    return LeakageRule.checks(notes).first
  }

  private func offline(_ evaluation: String, requirements: String = "", template: Template? = nil) -> Check? {
    var notes = StepNotes()
    notes[.requirements] = requirements
    notes[.evaluation] = evaluation
    return Checker.check(Board(title: "T", notes: notes), template: template, catalogue: Fixtures.library.catalogue)
      .checks.first { $0.rule == "pitfall.no-offline-metric" }
  }

  private func online(_ evaluation: String) -> Check? {
    var notes = StepNotes()
    notes[.evaluation] = evaluation
    return MetricRules.checks(notes, template: nil).first { $0.rule == "pitfall.no-online-metric" }
  }

  // MARK: sentences and words

  func testSentencesFoldLineBreaksAndKeepAbbreviationsAndDecimals() {
    let sentences = NoteSentence.sentences(
      "Fraud is 0.1% of orders, e.g. card testing.\nWe split\nby week.\n- a bullet\n- another one")
    XCTAssertEqual(
      sentences.map(\.text),
      ["Fraud is 0.1% of orders, e.g. card testing.", "We split by week.", "a bullet", "another one"])
    XCTAssertEqual(sentences[0].words[2].number, 0.1)
    XCTAssertTrue(sentences[0].words[2].isPercent)
  }

  func testWordFormsShareAStem() {
    for group in [
      ["split", "splits", "splitting"], ["shuffle", "shuffled", "shuffling"], ["train", "trained", "training"],
      ["date", "dates", "dated"], ["fit", "fitted", "fitting"], ["query", "queries"], ["rank", "ranked", "ranking"],
    ] {
      XCTAssertEqual(Set(group.map(NoteWord.stem)).count, 1, "\(group)")
    }
  }

  // MARK: leakage

  func testLeakageRecognisesCorrectPhrasings() {
    for text in [
      "We train on January to May and test on June.",
      "Train on January to May, test on June.",
      "The last month is the test set.",
      "We hold out the most recent two weeks for validation.",
      "Only events before the request time feed a feature.",
      "Every training row looks features up as of the label's timestamp.",
      "Features come from a point-in-time join against the offline store.",
      "We use out-of-time validation.",
      "We backtest the model over rolling windows.",
      "Rows are sorted by timestamp; the first 80% train and the remaining 20% test.",
      "Validation uses a date cutoff.",
      "Aggregates are backward-looking: each is computed over the 30 days preceding the impression.",
      "We evaluate on data collected after the training window closes.",
      "Train up to day D, tune on D+1 to D+7, report on D+8 to D+14.",
      "Each label is joined to the features that were valid at prediction time.",
      "The counters are snapshotted when the request is served and that snapshot is what we train on.",
      "Validation: the week after the training window; test: the week after that.",
      "Cross-validation respects time: each fold validates on the week after its training weeks.",
    ] {
      XCTAssertEqual(leakage(text)?.passed, true, text)
    }
  }

  func testLeakageNamesEachWrongSplitAndQuotesIt() throws {
    let cases = [
      ("We shuffle all rows, then split 80/20.", "random split"),
      ("The data is randomly split into train, validation and test sets.", "random split"),
      ("We pick hyperparameters with 5-fold cross-validation over all clicks.", "k-fold"),
      ("We join the user table as it is today onto last year's events.", "as they are today"),
      ("Training uses the current user profile for every historical impression.", "as they are today"),
      ("We standardise every feature with the mean of the whole dataset, then split.", "fit on all the data"),
      (
        "The merchant's current risk score is attached to each past transaction in the training set.",
        "as they are today"
      ),
      ("Five-fold cross-validation on all of last year's transactions.", "k-fold"),
      ("We run SMOTE over the dataset first, then split chronologically.", "resampling fit on all the data"),
      ("Feature: days until the next purchase, from the orders table.", "after the prediction"),
    ]
    for (text, name) in cases {
      let check = try XCTUnwrap(leakage(text), text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.contains(name), "\(text) → \(check.message)")
      XCTAssertTrue(check.message.contains("\"\(text)\""), "\(check.message) should quote the sentence")
    }
  }

  func testLeakageNamesTheOtherMistakesToo() throws {
    let check = try XCTUnwrap(
      leakage(
        "We join the user table as it is today onto last year's orders. Then we shuffle all rows and split 80/20."))
    XCTAssertTrue(check.message.hasPrefix("features joined as they are today"), check.message)
    XCTAssertTrue(check.message.hasSuffix("(the notes also show a random split)"), check.message)
  }

  func testLeakageSaysWhenTheNotesAreSilent() throws {
    let check = try XCTUnwrap(leakage("We join the click logs with the catalogue and compute features per user."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.contains("never say how the data is split"), check.message)
    XCTAssertNotEqual(check.message, try XCTUnwrap(leakage("We shuffle all rows, then split 80/20.")).message)
  }

  func testShorthandProportionThenChanceIsARandomSplit() throws {
    for text in [
      "65/35 train/test, shuffled.", "90/10 holdout - randomly chosen rows.", "75/25 split, random over users.",
    ] {
      let check = try XCTUnwrap(leakage(text), text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.hasPrefix("a random split"), "\(text) → \(check.message)")
    }
    for text in ["65/35 train/test by week, shuffled inside the training weeks.", "75/25 split, not random."] {
      XCTAssertNotEqual(leakage(text)?.message.hasPrefix("a random split"), true, text)
    }
  }

  func testAProportionWithNoWordOfChanceSaysSoAndNotRandom() throws {
    let check = try XCTUnwrap(leakage("Two years of claims. 60/40 train/test, gradient boosting."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.hasPrefix("a split by proportion that says nothing of time"), check.message)
    XCTAssertFalse(check.message.contains("random"), check.message)
  }

  func testASplitWithNoWordOfTimeIsQuotedNotCalledSilence() throws {
    let check = try XCTUnwrap(leakage("We hold out some users for testing and train on the rest."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.hasPrefix("the notes split the data, \"We hold out some users"), check.message)
    XCTAssertFalse(check.message.contains("never say how the data is split"), check.message)
  }

  func testARealisedOutcomeListedAsAFeatureReadsTheFuture() throws {
    for text in [
      "Inputs: basket size, actual wait at the counter, weather.",
      "Features are the route, the hour and the realised toll paid.",
    ] {
      let check = try XCTUnwrap(leakage(text + " Train on 2023, test on 2024."), text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.contains("after the prediction"), "\(text) → \(check.message)")
    }
    for text in [
      "Label = actual minutes waited; features are the basket size and the hour.",
      "We log the actual feature values the service saw.",
      "Actual toll paid is known only after the trip, so it is not a feature.",
    ] {
      XCTAssertEqual(leakage(text + " Train on 2023, test on 2024.")?.passed, true, text)
    }
  }

  func testLeakageReadsNegationAndContrast() {
    for text in [
      "We do NOT shuffle before splitting; the split is by week.",
      "Instead of a random split we split by week.",
      "We split by week rather than randomly.",
      "A random split would leak future clicks into training, so we cut by date.",
      "Never a random split: train on earlier weeks, validate on the latest one.",
      "We never use k-fold cross-validation here; we backtest over rolling windows.",
    ] {
      XCTAssertEqual(leakage(text)?.passed, true, "\(text) → \(leakage(text)?.message ?? "")")
    }
    XCTAssertEqual(leakage("We do not split by time; features are computed per user.")?.passed, false)
  }

  func testShufflingTrainingBatchesIsNotASplit() {
    XCTAssertEqual(leakage("We split by date, then shuffle the training batches every epoch.")?.passed, true)
  }

  func testSetsSampledUniformlyAreARandomSplit() throws {
    for text in [
      "Train, validation and test sets are sampled uniformly from all impressions of the last six months.",
      "The test set is drawn uniformly from every session we logged this year.",
    ] {
      let check = try XCTUnwrap(leakage(text), text)
      XCTAssertTrue(check.message.contains("random split"), "\(text) → \(check.message)")
    }
    // Uniform sampling that sets nothing aside is not a split.
    XCTAssertNotEqual(
      leakage("Negatives are sampled uniformly from the catalogue; we split by week.")?.message.contains(
        "random split"),
      true)
  }

  func testAShuffleBesideATimeOrderedHoldOutIsNoRandomSplit() throws {
    XCTAssertEqual(
      leakage("We shuffle impressions before splitting, but keep the last week for test so it is a time-based split.")?
        .passed, true)
    // Random words beside a recent window still name the mistake.
    let check = try XCTUnwrap(leakage("Trained on impressions from the last 30 days with a random 90/10 split."))
    XCTAssertTrue(check.message.contains("random split"), check.message)
    XCTAssertFalse(check.passed)
  }

  func testAFeatureCountedOverTheTestPeriodReadsTheFuture() throws {
    for text in [
      "User CTR feature computed over the full six months, including the test week, then joined to every impression.",
      "Item popularity counted across the entire dataset, test period included.",
    ] {
      let check = try XCTUnwrap(leakage(text + " Train on the first five months, test on the last week."), text)
      XCTAssertFalse(check.passed, text)
      XCTAssertTrue(check.message.contains("after the prediction"), "\(text) → \(check.message)")
    }
    XCTAssertEqual(
      leakage(
        "User CTR is computed over the training months only, never including the test week; test on the last week.")?
        .passed, true)
  }

  func testEvaluatingAfterTrainingIsNoTimeSplit() {
    XCTAssertEqual(leakage("We evaluate with AUC after training.")?.passed, false)
    XCTAssertEqual(leakage("We compute features over the last 7 days and evaluate with AUC.")?.passed, false)
  }

  func testAQuotedSentenceIsSanitisedAndShortened() throws {
    let check = try XCTUnwrap(leakage("We shuffle all rows \u{1B}[31m then split 80/20."))
    XCTAssertFalse(check.message.contains("\u{1B}"))
    XCTAssertTrue(check.message.contains("␛[31m"), check.message)
    let long = "We shuffle all rows, then split 80/20" + String(repeating: " and more words", count: 30) + "."
    let quoted = try XCTUnwrap(leakage(long)).message
    XCTAssertTrue(quoted.hasSuffix(" …\""), quoted)
  }

  // MARK: offline metric

  func testPlainWordMetricsCount() {
    for text in [
      "We look at the area under the precision-recall curve on held-out data.",
      "We measure how high the booked listing ranks among the candidates.",
      "Offline we report recall@10 and nDCG.",
      "Log loss on a later week.",
    ] {
      XCTAssertEqual(offline(text)?.passed, true, text)
    }
    XCTAssertEqual(offline("We evaluate the model on a held-out set before launch.")?.passed, false)
  }

  func testAccuracyWhereRareIsFlaggedWithBothSentencesQuoted() throws {
    let check = try XCTUnwrap(
      offline("We report accuracy on the test set.", requirements: "Fraud is 0.1% of orders."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.contains("accuracy where positives are rare"), check.message)
    XCTAssertTrue(check.message.contains("\"We report accuracy on the test set.\""), check.message)
    XCTAssertTrue(check.message.contains("\"Fraud is 0.1% of orders.\""), check.message)
    let inOneSentence = try XCTUnwrap(offline("Accuracy on the test set, since fraud is only 0.5% of transactions."))
    XCTAssertTrue(inOneSentence.message.contains("accuracy where positives are rare"), inOneSentence.message)
    for rare in ["Positives are rare.", "The classes are highly skewed.", "About one in a thousand orders is fraud."] {
      XCTAssertEqual(offline("We report accuracy on the test set.", requirements: rare)?.passed, false, rare)
    }
  }

  func testAccuracyDoubtedAndReplacedPasses() {
    let text = "Accuracy is misleading when fraud is 0.1% of orders, so we use PR-AUC."
    XCTAssertEqual(offline(text, requirements: "Fraud is rare.")?.passed, true)
    XCTAssertEqual(offline("We report accuracy.", requirements: "Churn is about 30% of customers.")?.passed, true)
  }

  func testAccuracyFromTheTemplatesRarityAndRankingTasks() throws {
    let library = Fixtures.library
    let ads = try XCTUnwrap(library.template("ad-click-prediction"))
    let flagged = try XCTUnwrap(offline("Offline we compute accuracy on the last day.", template: ads))
    XCTAssertFalse(flagged.passed)
    XCTAssertTrue(flagged.message.contains("the template says"), flagged.message)
    let video = try XCTUnwrap(library.template("video-recommendation"))
    let ranking = try XCTUnwrap(offline("Offline we compute accuracy on the last day.", template: video))
    XCTAssertFalse(ranking.passed)
    XCTAssertTrue(ranking.message.contains("ranking task"), ranking.message)
  }

  // MARK: online metric

  func testPlainWordOnlineMetricsCount() {
    for text in [
      "Online, the share of sessions that end in a booking.",
      "The A/B test decides on watch minutes per user.",
      "We compare 7-day retention between arms.",
    ] {
      XCTAssertEqual(online(text)?.passed, true, text)
    }
  }

  func testMonitoringAloneIsNoOnlineMetricAndIsQuoted() throws {
    let check = try XCTUnwrap(online("Offline we use AUC. We will monitor the model in production."))
    XCTAssertFalse(check.passed)
    XCTAssertTrue(check.message.contains("\"We will monitor the model in production.\""), check.message)
  }

  func testAnOfflinePassageIsNotAnOnlineMetric() {
    XCTAssertEqual(
      online("Offline: log loss of the predicted CTR, and the average rank of booked listings.")?.passed, false)
  }
}
