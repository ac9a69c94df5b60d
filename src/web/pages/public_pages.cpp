#include "web/pages/public_pages.hpp"

#include "web/layout.hpp"

namespace casereview::web {

namespace {

Html heading(const std::string& text) {
  return Html::trusted("<h1 class=\"govuk-heading-xl\">") + escape(text) + Html::trusted("</h1>");
}

Response home(const Request& request, Services& services) {
  Page page;
  page.title = services.site.service_name;
  page.content = heading(services.site.service_name) + Html::trusted(R"(
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <p class="govuk-body-l">When a child dies or is seriously harmed and abuse or neglect is known or suspected, the safeguarding partnership reviews what happened so that services can learn and children can be kept safer.</p>
    <p class="govuk-body">This service is where the partnership runs those reviews, from the first notification to the last completed action, publishes what they teach, and trains the people who work with children and families.</p>
    <h2 class="govuk-heading-m">Read what reviews have taught</h2>
    <p class="govuk-body">Published reviews, their learning and their recommendations are in the <a class="govuk-link" href="/learning">learning library</a>, searchable by anyone. Reports never name a child: each child is given a pseudonym such as “Child A”.</p>
    <h2 class="govuk-heading-m">Training for practitioners</h2>
    <p class="govuk-body">If you work with children or families in the partnership’s area, you can book yourself a place on training about what reviews have found. Book only for yourself: only people who booked their own place are recorded as attending and receive a certificate.</p>
    <h2 class="govuk-heading-m">For the partnership and its agencies</h2>
    <p class="govuk-body">Partnership staff, agencies, reviewers, the Case Review Committee and the National Panel sign in to see the reviews they are involved in, and only those.</p>
    <div class="govuk-inset-text">If you are worried about a child, contact your local authority’s children’s services. If a child is in immediate danger, call 999.</div>
  </div>
</div>)");
  return page_response(page, request, services);
}

Response accessibility_statement(const Request& request, Services& services) {
  Page page;
  page.title = "Accessibility statement";
  page.content =
      heading("Accessibility statement") + Html::trusted(R"(
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <p class="govuk-body">This statement applies to )") +
      escape(services.site.service_name) + Html::trusted(R"(, run by )") +
      escape(services.site.organisation_name) +
      Html::trusted(
          R"(. We want as many people as possible to be able to use it. You should be able to:</p>
    <ul class="govuk-list govuk-list--bullet">
      <li>make the text larger with the text size controls at the top of each page, or zoom up to 400% without the text spilling off the screen</li>
      <li>switch to a high contrast black and white colour scheme</li>
      <li>navigate the whole service using just a keyboard</li>
      <li>navigate most of the service using speech recognition software</li>
      <li>listen to the whole service using a screen reader</li>
      <li>use every part of the service without JavaScript</li>
    </ul>
    <p class="govuk-body">Your text size and colour choices are kept in cookies in your browser, so they apply each time you come back.</p>
    <h2 class="govuk-heading-m">How accessible this service is</h2>
    <p class="govuk-body">The service is built with the GOV.UK Design System and aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked automatically in each text size and colour scheme as part of our tests.</p>
    <h2 class="govuk-heading-m">Reporting accessibility problems</h2>
    <p class="govuk-body">If you find a problem that is not listed here, or you need information in a different format, contact the partnership’s business team. We will reply within 5 working days.</p>
    <h2 class="govuk-heading-m">Enforcement procedure</h2>
    <p class="govuk-body">The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).</p>
  </div>
</div>)");
  return page_response(page, request, services);
}

Response privacy_notice(const Request& request, Services& services) {
  Page page;
  page.title = "Privacy notice";
  page.content =
      heading("Privacy notice") + Html::trusted(R"(
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <p class="govuk-body">)") +
      escape(services.site.organisation_name) +
      Html::trusted(R"( is the data controller for the information held in this service.</p>
    <h2 class="govuk-heading-m">What we hold and why</h2>
    <p class="govuk-body">To carry out its duties under the Children Act 2004 and Working Together to Safeguard Children, the partnership records serious incidents, the reviews that follow them and the actions agreed. This includes information about children and their families, which is special category data.</p>
    <p class="govuk-body">Children’s and family members’ names, dates of birth and addresses are encrypted when stored. Lists and reports use a case reference and a pseudonym instead of a name. Each person who uses the service sees only the cases they need to see for their work, and every view of case information is recorded.</p>
    <p class="govuk-body">If you book training, we hold your name, work email, organisation and job role, your bookings, your attendance and your certificates.</p>
    <h2 class="govuk-heading-m">Cookies</h2>
    <p class="govuk-body">We use a cookie to keep you signed in, and two cookies to remember your text size and colour scheme. We do not use analytics or advertising cookies.</p>
    <h2 class="govuk-heading-m">Your rights</h2>
    <p class="govuk-body">You can ask to see the information we hold about you, to have it corrected, and in some cases to have it deleted. You can complain to the Information Commissioner’s Office if you are unhappy with how your information is used.</p>
  </div>
</div>)");
  return page_response(page, request, services);
}

}  // namespace

void add_public_page_routes(Router& router) {
  router.add("GET", "/", Permission::public_access, home);
  router.add("GET", "/accessibility-statement", Permission::public_access, accessibility_statement);
  router.add("GET", "/privacy-notice", Permission::public_access, privacy_notice);
}

}  // namespace casereview::web
