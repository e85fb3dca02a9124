package org.mingcha.rules.pi;

import java.util.Set;

/**
 * Camera and microphone capture started in code.
 * Selected by knowledge-base sensitive-API ids (the metadata test checks each exists); arguments as in
 * {@link PiReadRule}.
 */
public final class MediaCaptureRule extends PiReadRule {

    public MediaCaptureRule() {
        super("MC-PI-MEDIA-CAPTURE", Set.of(
                "cam_open", "cam2_openCamera", "camx_takePicture", "audio_startRecording", "mediarecorder_start",
                "speech_startListening", "mediarecorder_setAudioSource", "mediarecorder_setVideoSource"));
    }
}
