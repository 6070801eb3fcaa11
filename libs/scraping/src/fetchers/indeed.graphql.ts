/** The job-search query of Indeed's mobile GraphQL API (fields the indeed parser reads). */
export const INDEED_JOB_SEARCH_QUERY = `query JobSearch($what: String, $where: String, $cursor: String, $limit: Int) {
  jobSearch(what: $what, location: { where: $where, radius: 50, radiusUnit: MILES }, limit: $limit, cursor: $cursor, sort: RELEVANCE) {
    pageInfo { nextCursor }
    results {
      trackingKey
      job {
        key
        title
        datePublished
        dateOnIndeed
        description { html }
        location { countryName countryCode admin1Code city postalCode streetAddress formatted { short long } }
        compensation {
          estimated { currencyCode baseSalary { unitOfWork range { ... on Range { min max } } } }
          baseSalary { unitOfWork range { ... on Range { min max } } }
          currencyCode
        }
        attributes { key label }
        employer { relativeCompanyPageUrl name }
        recruit { viewJobUrl detailedSalary workSchedule }
      }
    }
  }
}`;
