package io.camelcj.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response envelopes the reference shows. Which fields appear differs per operation: {@code result} vs
 * {@code success}, {@code code: 0} on reviews and sourcing, no {@code code} at all on saveGenerateParentOrder
 * and the waybill uploads, {@code redirectUri} instead of {@code requestId} on disputes.
 */
enum Envelope {
    /** {code:200, result:true, message:"Success", data, requestId}. */
    RESULT,
    /** RESULT plus {success:true} (addToMyProduct, myProduct/query, warehouse/detail, ...). */
    RESULT_SUCCESS,
    /** {code:200, success:true, message:"Success", data, requestId} (globalWarehouseList). */
    SUCCESS_200,
    /** {success:true, code:200, message:"", data, requestId} (stock/getInventoryByPid). */
    SUCCESS_200_EMPTY_MESSAGE,
    /** {success:true, code:0, message:null, data, requestId} (reviews, sourcing). */
    SUCCESS_CODE_0,
    /** {success:true, code:200, message:"Congratulation! Well done!", data} (addCart, addCartConfirm). */
    CART,
    /** {success:true, message:"", data} (saveGenerateParentOrder: no code, no requestId). */
    SUCCESS_NO_CODE,
    /** {success:true, message:"", result:true, data, requestId} (upload/updateWaybillInfo: no code). */
    WAYBILL,
    /** {code:200, result:true, message:"Success", data, redirectUri} (disputes create/cancel/list). */
    REDIRECT;

    Map<String, Object> success(Object data, String requestId, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (this) {
            case RESULT, RESULT_SUCCESS -> {
                m.put("code", 200);
                m.put("result", true);
                m.put("message", message != null ? message : "Success");
                m.put("data", data);
                m.put("requestId", requestId);
                if (this == RESULT_SUCCESS) {
                    m.put("success", true);
                }
            }
            case SUCCESS_200 -> {
                m.put("code", 200);
                m.put("success", true);
                m.put("message", message != null ? message : "Success");
                m.put("data", data);
                m.put("requestId", requestId);
            }
            case SUCCESS_200_EMPTY_MESSAGE -> {
                m.put("success", true);
                m.put("code", 200);
                m.put("message", "");
                m.put("data", data);
                m.put("requestId", requestId);
            }
            case SUCCESS_CODE_0 -> {
                m.put("success", true);
                m.put("code", 0);
                m.put("message", null);
                m.put("data", data);
                m.put("requestId", requestId);
            }
            case CART -> {
                m.put("success", true);
                m.put("code", 200);
                m.put("message", "Congratulation! Well done!");
                m.put("data", data);
            }
            case SUCCESS_NO_CODE -> {
                m.put("success", true);
                m.put("message", "");
                m.put("data", data);
            }
            case WAYBILL -> {
                m.put("success", true);
                m.put("message", "");
                m.put("result", true);
                m.put("data", data);
                m.put("requestId", requestId);
            }
            case REDIRECT -> {
                m.put("code", 200);
                m.put("result", true);
                m.put("message", "Success");
                m.put("data", data);
                m.put("redirectUri", requestId);
            }
        }
        return m;
    }

    Map<String, Object> error(int code, String message, Object data, String requestId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("result", false);
        m.put("message", message);
        m.put("data", data);
        m.put("requestId", requestId);
        if (this != RESULT && this != REDIRECT) {
            m.put("success", false);
        }
        return m;
    }

    /** The live rate-limit answer: only code and message (no result, data or requestId). */
    static Map<String, Object> bare(int code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", message);
        return m;
    }
}
