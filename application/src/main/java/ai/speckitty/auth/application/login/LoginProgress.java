package ai.speckitty.auth.application.login;

import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.domain.login.DeviceAuthorization;

/** What a front end shows while a login waits for the user; the use case itself never prints. */
public interface LoginProgress {

    /** The browser sign-in URL, always shown so the user can open it by hand. */
    void browserUrl(String url);

    /** No browser can be opened here, so the device flow was chosen without {@code --headless}. */
    void deviceFlowChosen(Browser.Unavailable why);

    /** The browser could not be launched; the URL still works (and {@code --headless} is an option). */
    void browserLaunchFailed();

    /** The device flow's code and where to enter it. */
    void deviceCode(DeviceAuthorization authorization);

    /** Called on every device poll or wait step, and once when the browser wait starts, e.g. to turn a spinner. */
    void stillWaiting();

    /** Shows nothing; for callers without a user in front of them. */
    LoginProgress SILENT = new LoginProgress() {
        @Override
        public void browserUrl(String url) {}

        @Override
        public void deviceFlowChosen(Browser.Unavailable why) {}

        @Override
        public void browserLaunchFailed() {}

        @Override
        public void deviceCode(DeviceAuthorization authorization) {}

        @Override
        public void stillWaiting() {}
    };
}
