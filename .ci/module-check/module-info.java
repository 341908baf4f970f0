module acme.hris {
  requires org.careerownership.catalog;
  requires org.careerownership.analytics;
}
