package org.mingcha.rules.pi;

import java.util.Set;

/** Knowledge-base sensitive-API ids selected by this rule; the metadata test checks that each exists. */
public final class MediaCaptureRule extends PiReadRule {

    public MediaCaptureRule() {
        super("MC-PI-MEDIA-CAPTURE", Set.of(
                "cam_open", "cam2_openCamera", "camx_takePicture", "audio_startRecording", "mediarecorder_start",
                "speech_startListening", "mediarecorder_setAudioSource", "mediarecorder_setVideoSource"));
    }
}
