/** What the `policy` function tells the client about the documents in force. */
export interface PolicySummary {
  id: string;
  title: string;
  version: string;
  effectiveDate: string;
  sha256: string;
  changeSummary: string;
  reconsentRequired: boolean;
}

export interface CurrentPoliciesOutput {
  policies: PolicySummary[];
}
