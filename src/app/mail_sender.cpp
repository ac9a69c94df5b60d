#include "app/mail_sender.hpp"

#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/StringPartSource.h>

#include <iostream>
#include <memory>

#include "app/security/tokens.hpp"

namespace casereview {

namespace {

constexpr int batch_size = 20;
constexpr std::chrono::minutes claim_time{5};

}  // namespace

std::chrono::seconds retry_delay(int attempts) {
  const int doublings = std::min(attempts, 7);  // 60 s × 2^6 = 64 min: capped at an hour
  return std::min(std::chrono::seconds(60 << std::max(doublings - 1, 0)),
                  std::chrono::seconds(3600));
}

namespace {

// SMTP lines end in CRLF; a bare LF is refused by servers that guard against SMTP smuggling.
std::string with_crlf(const std::string& text) {
  std::string converted;
  converted.reserve(text.size() + text.size() / 40);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) converted += '\r';
    converted += text[i];
  }
  return converted;
}

bool is_text(const std::string& content_type) { return content_type.rfind("text/", 0) == 0; }

}  // namespace

void send_email(const MailSettings& settings, const Email& email) {
  Poco::Net::MailMessage message;
  message.set("MIME-Version", "1.0");
  const auto at = settings.from.find('@');
  const std::string domain = at == std::string::npos ? "localhost" : settings.from.substr(at + 1);
  message.set("Message-ID", "<" + security::random_token() + "@" + domain + ">");
  message.setSender(settings.from);
  message.addRecipient(
      Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, email.to));
  message.setSubject(Poco::Net::MailMessage::encodeWord(email.subject, "UTF-8"));
  if (email.attachments.empty()) {
    message.setContentType("text/plain; charset=UTF-8");
    message.setContent(with_crlf(email.body), Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
  } else {
    message.addContent(
        new Poco::Net::StringPartSource(with_crlf(email.body), "text/plain; charset=UTF-8"),
        Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
    for (const EmailAttachment& attachment : email.attachments) {
      message.addAttachment(
          attachment.file_name,
          new Poco::Net::StringPartSource(
              is_text(attachment.content_type) ? with_crlf(attachment.content) : attachment.content,
              attachment.content_type, attachment.file_name),
          Poco::Net::MailMessage::ENCODING_BASE64);
    }
  }
  // Certificates are checked against the system's trusted authorities.
  const Poco::Net::Context::Ptr tls_context = new Poco::Net::Context(
      Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_RELAXED, 9, true);
  const Poco::Net::SocketAddress address(settings.host, static_cast<Poco::UInt16>(settings.port));
  std::unique_ptr<Poco::Net::SMTPClientSession> connection;
  switch (settings.security) {
    case SmtpSecurity::none:
      connection = std::make_unique<Poco::Net::SMTPClientSession>(
          settings.host, static_cast<Poco::UInt16>(settings.port));
      connection->login();
      break;
    case SmtpSecurity::starttls: {
      auto secure = std::make_unique<Poco::Net::SecureSMTPClientSession>(
          settings.host, static_cast<Poco::UInt16>(settings.port));
      secure->login();
      if (!secure->startTLS(tls_context))
        throw Poco::Net::SMTPException("the mail server does not offer STARTTLS");
      connection = std::move(secure);
      break;
    }
    case SmtpSecurity::tls:
      connection = std::make_unique<Poco::Net::SMTPClientSession>(
          Poco::Net::SecureStreamSocket(address, tls_context));
      connection->login();
      break;
  }
  Poco::Net::SMTPClientSession& session = *connection;
  session.setTimeout(Poco::Timespan(30, 0));
  if (!settings.username.empty()) {
    session.login(Poco::Net::SMTPClientSession::AUTH_LOGIN, settings.username, settings.password);
  }
  session.sendMessage(message);
  session.close();
}

MailSender::MailSender(AppContext& context, MailSettings settings)
    : context_(context), settings_(std::move(settings)) {}

MailSender::~MailSender() { stop(); }

void MailSender::start() {
  if (settings_.host.empty() || thread_.joinable()) return;
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      send_due();
      lock.lock();
      wake_.wait_for(lock, std::chrono::seconds(settings_.poll_seconds),
                     [this] { return stopping_ || woken_; });
      woken_ = false;
    }
  });
}

void MailSender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void MailSender::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

int MailSender::send_due() {
  const Instant now = context_.clock.now();
  Result<std::vector<QueuedEmail>> claimed = context_.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<std::vector<QueuedEmail>> {
        return transaction.outbox().claim_due(now, now + claim_time, batch_size);
      });
  if (!claimed) return 0;
  int sent = 0;
  for (const QueuedEmail& queued : claimed.value()) {
    std::string error;
    try {
      send_email(settings_, queued.email);
    } catch (const Poco::Exception& failure) {
      error = failure.displayText();
    } catch (const std::exception& failure) {
      error = failure.what();
    }
    const Instant finished = context_.clock.now();
    Status recorded =
        context_.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          if (error.empty()) {
            transaction.outbox().mark_sent(queued.id, finished);
          } else {
            transaction.outbox().mark_failed(queued.id, error.substr(0, 500),
                                             finished + retry_delay(queued.attempts + 1));
          }
          return ok_status();
        });
    if (error.empty() && recorded) ++sent;
    if (!error.empty())
      std::cerr << "casereview: email " << queued.id << " not sent, will retry: " << error << "\n";
  }
  return sent;
}

}  // namespace casereview
