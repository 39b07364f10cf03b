package org.accord.funds;

/** The API of the {@code funds-collection} process: one instance per instalment. */
public final class FundsCollectionProcess {

  public static final String KEY = "funds-collection";

  private FundsCollectionProcess() {}

  public static final class Tasks {
    public static final String RECORD_RECEIPT = "recordReceipt";

    private Tasks() {}
  }

  /** Acts on receipts that the separation-of-duties table names, though not user tasks. */
  public static final class Duties {
    /** Recording a receipt, through the API or finance's task. */
    public static final String RECORD_RECEIPT = Tasks.RECORD_RECEIPT;

    public static final String REVERSE_RECEIPT = "reverseReceipt";

    private Duties() {}
  }

  public static final class Messages {
    /** A progress report was accepted; instalments due on it fall due. */
    public static final String REPORT_ACCEPTED = "InstalmentReportAccepted";

    /** A receipt was recorded through the API against the instalment finance is waiting for. */
    public static final String RECEIPT_RECORDED = "ReceiptRecorded";

    /** The agreement was closed or terminated: what is still owed is no longer collected. */
    public static final String AGREEMENT_ENDED = "AgreementEnded";

    /**
     * An approved amendment restated or removed the instalment before its call: its collection
     * ends, to start again with the new terms if it was restated.
     */
    public static final String INSTALMENT_AMENDED = "InstalmentAmended";

    private Messages() {}
  }

  public static final class Variables {
    public static final String AGREEMENT_REFERENCE = "agreementReference";
    public static final String TITLE = "title";
    public static final String PARTNER_NAME = "partnerName";
    public static final String INSTALMENT_NUMBER = "instalmentNumber";
    public static final String INSTALMENT_TRIGGER = "instalmentTrigger";
    public static final String INSTALMENT_DUE_DATE = "instalmentDueDate";
    public static final String REPORT_NUMBER = "reportNumber";

    /** How many instalments the schedule has, and this one's amount: for messages to word it. */
    public static final String INSTALMENTS = "instalments";

    public static final String INSTALMENT_AMOUNT = "instalmentAmount";
    public static final String INSTALMENT_CURRENCY = "instalmentCurrency";

    /** What the instalment is and what is still owed on it, as text for reading. */
    public static final String INSTALMENT = "instalment";

    public static final String OUTSTANDING = "outstanding";

    // The recordReceipt form.
    public static final String RECEIPT_AMOUNT = "receiptAmount";
    public static final String RECEIPT_CURRENCY = "receiptCurrency";
    public static final String VALUE_DATE = "valueDate";
    public static final String BANK_REFERENCE = "bankReference";
    public static final String OVERPAYMENT = "overpayment";

    private Variables() {}
  }
}
