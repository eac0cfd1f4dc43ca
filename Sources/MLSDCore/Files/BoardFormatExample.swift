// The board file format by example: what `mlsd new --help` prints for people who write or edit a
// board by hand. A test decodes it, so the example stays a board the app opens.
public enum BoardFormatExample {
  public static let yaml = """
    mlsd: 1                         # format version
    title: Design YouTube video search
    template: youtube-video-search  # optional: the case study it answers
    boxes:
      - id: ingest                  # letters, digits, - _ . ; unique
        label: Event stream
        detail: Kafka               # optional second line
        kind: stream-ingestion      # optional (mlsd kinds lists them)
        at: [4, 2]                  # column, row; optional
        size: [18, 4]               # width, height; optional
      - id: features
        label: Feature pipeline
    arrows:                         # label and style (dashed) optional
      - {from: ingest, to: features, label: events, style: dashed}
    groups:
      - {id: offline, title: Offline, boxes: [ingest, features]}
    notes:  # requirements framing data model evaluation serving monitoring
      requirements: |
        Search by text; p99 under 200 ms.
    """
}
