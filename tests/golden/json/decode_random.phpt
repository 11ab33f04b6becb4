--TEST--
random JSON documents (as Python writes them) decoded as arrays at several depths
--FILE--
<?php
var_dump(json_decode('[[], ["\\ud83d\\ude00"], []]', true, 2), json_last_error());
var_dump(json_decode('{"\\u00e9": 1e-07, "k k": [false], "-3": "\\u00e9\\u2028"}', true, 2), json_last_error());
var_dump(json_decode('true', true, 3), json_last_error());
var_dump(json_decode('[]', true, 2), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('123456789012345678901', true, 512), json_last_error());
var_dump(json_decode('"\\u00e9\\u2028"', true, 512), json_last_error());
var_dump(json_decode('1.5', true, 512), json_last_error());
var_dump(json_decode('0', true, 2), json_last_error());
var_dump(json_decode('1.5', true, 2), json_last_error());
var_dump(json_decode('1e-07', true, 2), json_last_error());
var_dump(json_decode('["x", [[true, "\\ud83d\\ude00"], 1e+25, [[], 0.1, false, 123456789012345678901], []]]', true, 3), json_last_error());
var_dump(json_decode('{"a": {"-3": 1e-07, "k k": [[], [0], "x"], "": "\\t"}, "k k": 1.5}', true, 2), json_last_error());
var_dump(json_decode('"x"', true, 2), json_last_error());
var_dump(json_decode('[]', true, 3), json_last_error());
var_dump(json_decode('0', true, 512), json_last_error());
var_dump(json_decode('null', true, 3), json_last_error());
var_dump(json_decode('[{"b": [{"b": 123456789012345678901, "": 0, "\\u00e9": 1e-07, "a": 0.1}]}, 0.1, 1.5, {"\\u00e9": "x", "b": [false, {}, "\\u00e9\\u2028"]}]', true, 2), json_last_error());
var_dump(json_decode('"\\u00e9\\u2028"', true, 512), json_last_error());
var_dump(json_decode('[]', true, 2), json_last_error());
var_dump(json_decode('[false]', true, 512), json_last_error());
var_dump(json_decode('0.1', true, 2), json_last_error());
var_dump(json_decode('false', true, 512), json_last_error());
var_dump(json_decode('123456789012345678901', true, 2), json_last_error());
var_dump(json_decode('true', true, 512), json_last_error());
var_dump(json_decode('[[], 1e-07, "x", [[123456789012345678901, false, "\\ud83d\\ude00"], {"-3": -1, "01": {"-3": "x", "k k": true, "": "\\t"}}]]', true, 3), json_last_error());
var_dump(json_decode('-0.0', true, 2), json_last_error());
var_dump(json_decode('"\\ud83d\\ude00"', true, 512), json_last_error());
var_dump(json_decode('[]', true, 2), json_last_error());
var_dump(json_decode('1e+25', true, 2), json_last_error());
var_dump(json_decode('"\\t"', true, 3), json_last_error());
var_dump(json_decode('1e+25', true, 3), json_last_error());
var_dump(json_decode('[[null], "\\u00e9\\u2028", [-0.0, {}, "x", ["x"]]]', true, 512), json_last_error());
var_dump(json_decode('1.5', true, 512), json_last_error());
var_dump(json_decode('true', true, 3), json_last_error());
var_dump(json_decode('[{"b": true}, 0.1, ["\\t"]]', true, 3), json_last_error());
var_dump(json_decode('[-1, -1]', true, 3), json_last_error());
var_dump(json_decode('{"-3": 1.5}', true, 2), json_last_error());
var_dump(json_decode('-1', true, 512), json_last_error());
var_dump(json_decode('-1', true, 3), json_last_error());
var_dump(json_decode('123456789012345678901', true, 512), json_last_error());
var_dump(json_decode('[]', true, 512), json_last_error());
var_dump(json_decode('false', true, 512), json_last_error());
var_dump(json_decode('"\\ud83d\\ude00"', true, 3), json_last_error());
var_dump(json_decode('["\\u00e9\\u2028"]', true, 512), json_last_error());
var_dump(json_decode('1e-07', true, 512), json_last_error());
var_dump(json_decode('1e-07', true, 512), json_last_error());
var_dump(json_decode('[{"1": 0}]', true, 2), json_last_error());
var_dump(json_decode('"\\t"', true, 3), json_last_error());
var_dump(json_decode('{"": false, "\\u00e9": false, "1": {"1": 1e+25, "\\u00e9": "\\ud83d\\ude00", "-3": "\\t"}}', true, 2), json_last_error());
var_dump(json_decode('0.1', true, 2), json_last_error());
var_dump(json_decode('-1', true, 3), json_last_error());
var_dump(json_decode('{}', true, 3), json_last_error());
var_dump(json_decode('1e+25', true, 3), json_last_error());
var_dump(json_decode('{}', true, 512), json_last_error());
var_dump(json_decode('0', true, 512), json_last_error());
var_dump(json_decode('"\\u00e9\\u2028"', true, 512), json_last_error());
var_dump(json_decode('0.1', true, 2), json_last_error());
var_dump(json_decode('"\\t"', true, 512), json_last_error());
var_dump(json_decode('{"a": false, "": 123456789012345678901, "b": {"01": {"": ["\\u00e9\\u2028"], "k k": {}, "1": true}}}', true, 3), json_last_error());
var_dump(json_decode('{"-3": [null, {"-3": {"-3": "\\u00e9\\u2028", "\\u00e9": -1}, "\\u00e9": "\\u00e9\\u2028"}]}', true, 3), json_last_error());
var_dump(json_decode('[]', true, 3), json_last_error());
var_dump(json_decode('true', true, 2), json_last_error());
var_dump(json_decode('{"k k": [1.5, "\\ud83d\\ude00", -1, true], "-3": 0, "a": "\\t"}', true, 512), json_last_error());
var_dump(json_decode('123456789012345678901', true, 3), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('0', true, 512), json_last_error());
var_dump(json_decode('-0.0', true, 2), json_last_error());
var_dump(json_decode('null', true, 2), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('["x", 1e+25]', true, 2), json_last_error());
var_dump(json_decode('-0.0', true, 512), json_last_error());
var_dump(json_decode('[{"01": [[0, -0.0, false, -0.0], [0.1, true, "x"]]}, {"\\u00e9": 0.1, "": "\\t", "1": {"": 1.5}, "01": "x"}, "\\t"]', true, 512), json_last_error());
var_dump(json_decode('{"-3": [1.5, false]}', true, 2), json_last_error());
var_dump(json_decode('1e-07', true, 3), json_last_error());
var_dump(json_decode('{"b": [{}, {"01": -1, "": {"b": -0.0, "a": 1e+25}, "a": {"": "\\t", "1": false, "-3": 1e-07}}, "\\u00e9\\u2028"], "\\u00e9": -0.0}', true, 512), json_last_error());
var_dump(json_decode('"\\ud83d\\ude00"', true, 2), json_last_error());
var_dump(json_decode('"\\ud83d\\ude00"', true, 2), json_last_error());
var_dump(json_decode('true', true, 512), json_last_error());
var_dump(json_decode('"\\t"', true, 512), json_last_error());
var_dump(json_decode('false', true, 3), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('{"-3": [{}, "\\t"]}', true, 3), json_last_error());
var_dump(json_decode('[false]', true, 2), json_last_error());
var_dump(json_decode('{"\\u00e9": true}', true, 512), json_last_error());
var_dump(json_decode('1e+25', true, 512), json_last_error());
var_dump(json_decode('[]', true, 512), json_last_error());
var_dump(json_decode('[{"01": {"a": "\\u00e9\\u2028", "b": "\\u00e9\\u2028"}}, 1e+25, {}]', true, 512), json_last_error());
var_dump(json_decode('[{"b": 1.5, "a": {"\\u00e9": true, "k k": {"1": -0.0, "-3": 0.1}}, "1": [[123456789012345678901, 1.5], "\\ud83d\\ude00", "x", 1e+25]}, ["\\t", [["\\u00e9\\u2028"]], [{"-3": "x", "\\u00e9": "x", "": -0.0}, {}, "\\t", 0]], "\\t"]', true, 3), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('false', true, 3), json_last_error());
var_dump(json_decode('["\\ud83d\\ude00"]', true, 2), json_last_error());
var_dump(json_decode('0', true, 512), json_last_error());
var_dump(json_decode('[]', true, 3), json_last_error());
var_dump(json_decode('[123456789012345678901, true]', true, 3), json_last_error());
var_dump(json_decode('-0.0', true, 512), json_last_error());
var_dump(json_decode('1e+25', true, 512), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('[]', true, 2), json_last_error());
var_dump(json_decode('{"-3": [], "": null, "k k": 1.5}', true, 3), json_last_error());
var_dump(json_decode('[0, "\\t"]', true, 3), json_last_error());
var_dump(json_decode('1e+25', true, 512), json_last_error());
var_dump(json_decode('[]', true, 512), json_last_error());
var_dump(json_decode('{"-3": {"1": {"01": 1e-07, "": "\\ud83d\\ude00", "-3": null}, "a": 123456789012345678901}, "b": [], "\\u00e9": 1e-07}', true, 512), json_last_error());
var_dump(json_decode('false', true, 512), json_last_error());
var_dump(json_decode('[["\\ud83d\\ude00", -0.0], "\\ud83d\\ude00", -0.0, {"k k": {}}]', true, 2), json_last_error());
var_dump(json_decode('"x"', true, 2), json_last_error());
var_dump(json_decode('"\\t"', true, 512), json_last_error());
var_dump(json_decode('0.1', true, 512), json_last_error());
var_dump(json_decode('"\\ud83d\\ude00"', true, 512), json_last_error());
var_dump(json_decode('{"01": [0, -0.0], "k k": {"\\u00e9": {"01": 1e-07, "1": {"1": -0.0}, "a": true}, "k k": -0.0}}', true, 512), json_last_error());
var_dump(json_decode('[[-1], {}]', true, 3), json_last_error());
var_dump(json_decode('true', true, 512), json_last_error());
var_dump(json_decode('true', true, 512), json_last_error());
var_dump(json_decode('0', true, 512), json_last_error());
var_dump(json_decode('{"-3": [[0], [{"k k": 0, "": "\\u00e9\\u2028"}, {"k k": "x", "b": 123456789012345678901, "01": "x", "a": -0.0}, {"-3": 0, "a": 0.1}], [[]], 0.1], "b": {"1": [{}, "\\ud83d\\ude00", []], "": [1e+25, {"01": -0.0}], "\\u00e9": {}, "k k": 1e-07}}', true, 3), json_last_error());
var_dump(json_decode('false', true, 512), json_last_error());
var_dump(json_decode('[true, 123456789012345678901]', true, 2), json_last_error());
var_dump(json_decode('{"b": 123456789012345678901, "k k": {"-3": {}, "01": []}, "a": 0}', true, 512), json_last_error());
var_dump(json_decode('["\\u00e9\\u2028"]', true, 3), json_last_error());
var_dump(json_decode('[123456789012345678901, {"\\u00e9": {"-3": []}}]', true, 512), json_last_error());
var_dump(json_decode('-0.0', true, 2), json_last_error());
var_dump(json_decode('"\\t"', true, 512), json_last_error());
var_dump(json_decode('0.1', true, 512), json_last_error());
var_dump(json_decode('[{"01": 1e+25}, {"a": [], "\\u00e9": [{"b": -1, "a": true, "1": "x"}], "": [[], 1.5]}]', true, 2), json_last_error());
var_dump(json_decode('1.5', true, 2), json_last_error());
var_dump(json_decode('[1e-07, {"": 123456789012345678901, "a": [{"b": 0}]}, ["\\t", "x"]]', true, 512), json_last_error());
var_dump(json_decode('1e-07', true, 2), json_last_error());
var_dump(json_decode('{}', true, 3), json_last_error());
var_dump(json_decode('"\\t"', true, 2), json_last_error());
var_dump(json_decode('null', true, 512), json_last_error());
var_dump(json_decode('-1', true, 512), json_last_error());
var_dump(json_decode('-1', true, 512), json_last_error());
var_dump(json_decode('[null, []]', true, 2), json_last_error());
var_dump(json_decode('"\\u00e9\\u2028"', true, 3), json_last_error());
var_dump(json_decode('"x"', true, 512), json_last_error());
var_dump(json_decode('[{"a": {"\\u00e9": [-1, "\\u00e9\\u2028", "\\ud83d\\ude00"], "1": {"1": "\\ud83d\\ude00"}}, "": -1}, "\\t", 123456789012345678901]', true, 512), json_last_error());
var_dump(json_decode('[false]', true, 2), json_last_error());
var_dump(json_decode('null', true, 3), json_last_error());
var_dump(json_decode('123456789012345678901', true, 3), json_last_error());
var_dump(json_decode('[{"\\u00e9": {"1": 1.5, "k k": {"k k": "\\t", "": 123456789012345678901, "1": "\\ud83d\\ude00", "b": "x"}, "b": [1.5], "-3": [1e-07, 1e-07]}}, "\\ud83d\\ude00", [1e+25, 0, -1], {"k k": 1e+25}]', true, 2), json_last_error());
var_dump(json_decode('0.1', true, 3), json_last_error());
var_dump(json_decode('{"\\u00e9": [{"a": null}, "\\u00e9\\u2028", {"k k": "\\ud83d\\ude00"}], "1": "\\ud83d\\ude00", "b": [{"1": 123456789012345678901, "": [123456789012345678901]}, [[-1, 1e-07, null, 123456789012345678901], null, [true, true, 1e-07]], "x", {"01": [0.1, 0, 1e+25, "\\t"], "\\u00e9": {}, "-3": 1e-07, "1": 1.5}]}', true, 2), json_last_error());
var_dump(json_decode('0', true, 3), json_last_error());
var_dump(json_decode('[-1]', true, 512), json_last_error());
var_dump(json_decode('0', true, 2), json_last_error());
var_dump(json_decode('["x", [[{"a": false, "1": null, "-3": "\\ud83d\\ude00"}, [1e+25, false, -1, true], ["\\ud83d\\ude00", 1e+25]], -1], "\\t", {}]', true, 512), json_last_error());
var_dump(json_decode('{}', true, 512), json_last_error());
var_dump(json_decode('[{"\\u00e9": -0.0}, 0, {}, {"-3": [[1e-07, false], [1.5, true]], "": []}]', true, 512), json_last_error());
var_dump(json_decode('true', true, 512), json_last_error());
--EXPECT--
NULL
int(1)
NULL
int(1)
bool(true)
int(0)
array(0) {
}
int(0)
string(1) "x"
int(0)
float(1.2345678901234568E+20)
int(0)
string(5) "é "
int(0)
float(1.5)
int(0)
int(0)
int(0)
float(1.5)
int(0)
float(1.0E-7)
int(0)
NULL
int(1)
NULL
int(1)
string(1) "x"
int(0)
array(0) {
}
int(0)
int(0)
int(0)
NULL
int(0)
NULL
int(1)
string(5) "é "
int(0)
array(0) {
}
int(0)
array(1) {
  [0]=>
  bool(false)
}
int(0)
float(0.1)
int(0)
bool(false)
int(0)
float(1.2345678901234568E+20)
int(0)
bool(true)
int(0)
NULL
int(1)
float(-0)
int(0)
string(4) "😀"
int(0)
array(0) {
}
int(0)
float(1.0E+25)
int(0)
string(1) "	"
int(0)
float(1.0E+25)
int(0)
array(3) {
  [0]=>
  array(1) {
    [0]=>
    NULL
  }
  [1]=>
  string(5) "é "
  [2]=>
  array(4) {
    [0]=>
    float(-0)
    [1]=>
    array(0) {
    }
    [2]=>
    string(1) "x"
    [3]=>
    array(1) {
      [0]=>
      string(1) "x"
    }
  }
}
int(0)
float(1.5)
int(0)
bool(true)
int(0)
array(3) {
  [0]=>
  array(1) {
    ["b"]=>
    bool(true)
  }
  [1]=>
  float(0.1)
  [2]=>
  array(1) {
    [0]=>
    string(1) "	"
  }
}
int(0)
array(2) {
  [0]=>
  int(-1)
  [1]=>
  int(-1)
}
int(0)
array(1) {
  [-3]=>
  float(1.5)
}
int(0)
int(-1)
int(0)
int(-1)
int(0)
float(1.2345678901234568E+20)
int(0)
array(0) {
}
int(0)
bool(false)
int(0)
string(4) "😀"
int(0)
array(1) {
  [0]=>
  string(5) "é "
}
int(0)
float(1.0E-7)
int(0)
float(1.0E-7)
int(0)
NULL
int(1)
string(1) "	"
int(0)
NULL
int(1)
float(0.1)
int(0)
int(-1)
int(0)
array(0) {
}
int(0)
float(1.0E+25)
int(0)
array(0) {
}
int(0)
int(0)
int(0)
string(5) "é "
int(0)
float(0.1)
int(0)
string(1) "	"
int(0)
NULL
int(1)
NULL
int(1)
array(0) {
}
int(0)
bool(true)
int(0)
array(3) {
  ["k k"]=>
  array(4) {
    [0]=>
    float(1.5)
    [1]=>
    string(4) "😀"
    [2]=>
    int(-1)
    [3]=>
    bool(true)
  }
  [-3]=>
  int(0)
  ["a"]=>
  string(1) "	"
}
int(0)
float(1.2345678901234568E+20)
int(0)
string(1) "x"
int(0)
int(0)
int(0)
float(-0)
int(0)
NULL
int(0)
string(1) "x"
int(0)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  float(1.0E+25)
}
int(0)
float(-0)
int(0)
array(3) {
  [0]=>
  array(1) {
    ["01"]=>
    array(2) {
      [0]=>
      array(4) {
        [0]=>
        int(0)
        [1]=>
        float(-0)
        [2]=>
        bool(false)
        [3]=>
        float(-0)
      }
      [1]=>
      array(3) {
        [0]=>
        float(0.1)
        [1]=>
        bool(true)
        [2]=>
        string(1) "x"
      }
    }
  }
  [1]=>
  array(4) {
    ["é"]=>
    float(0.1)
    [""]=>
    string(1) "	"
    [1]=>
    array(1) {
      [""]=>
      float(1.5)
    }
    ["01"]=>
    string(1) "x"
  }
  [2]=>
  string(1) "	"
}
int(0)
NULL
int(1)
float(1.0E-7)
int(0)
array(2) {
  ["b"]=>
  array(3) {
    [0]=>
    array(0) {
    }
    [1]=>
    array(3) {
      ["01"]=>
      int(-1)
      [""]=>
      array(2) {
        ["b"]=>
        float(-0)
        ["a"]=>
        float(1.0E+25)
      }
      ["a"]=>
      array(3) {
        [""]=>
        string(1) "	"
        [1]=>
        bool(false)
        [-3]=>
        float(1.0E-7)
      }
    }
    [2]=>
    string(5) "é "
  }
  ["é"]=>
  float(-0)
}
int(0)
string(4) "😀"
int(0)
string(4) "😀"
int(0)
bool(true)
int(0)
string(1) "	"
int(0)
bool(false)
int(0)
string(1) "x"
int(0)
NULL
int(1)
array(1) {
  [0]=>
  bool(false)
}
int(0)
array(1) {
  ["é"]=>
  bool(true)
}
int(0)
float(1.0E+25)
int(0)
array(0) {
}
int(0)
array(3) {
  [0]=>
  array(1) {
    ["01"]=>
    array(2) {
      ["a"]=>
      string(5) "é "
      ["b"]=>
      string(5) "é "
    }
  }
  [1]=>
  float(1.0E+25)
  [2]=>
  array(0) {
  }
}
int(0)
NULL
int(1)
string(1) "x"
int(0)
bool(false)
int(0)
array(1) {
  [0]=>
  string(4) "😀"
}
int(0)
int(0)
int(0)
array(0) {
}
int(0)
array(2) {
  [0]=>
  float(1.2345678901234568E+20)
  [1]=>
  bool(true)
}
int(0)
float(-0)
int(0)
float(1.0E+25)
int(0)
string(1) "x"
int(0)
array(0) {
}
int(0)
array(3) {
  [-3]=>
  array(0) {
  }
  [""]=>
  NULL
  ["k k"]=>
  float(1.5)
}
int(0)
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(1) "	"
}
int(0)
float(1.0E+25)
int(0)
array(0) {
}
int(0)
array(3) {
  [-3]=>
  array(2) {
    [1]=>
    array(3) {
      ["01"]=>
      float(1.0E-7)
      [""]=>
      string(4) "😀"
      [-3]=>
      NULL
    }
    ["a"]=>
    float(1.2345678901234568E+20)
  }
  ["b"]=>
  array(0) {
  }
  ["é"]=>
  float(1.0E-7)
}
int(0)
bool(false)
int(0)
NULL
int(1)
string(1) "x"
int(0)
string(1) "	"
int(0)
float(0.1)
int(0)
string(4) "😀"
int(0)
array(2) {
  ["01"]=>
  array(2) {
    [0]=>
    int(0)
    [1]=>
    float(-0)
  }
  ["k k"]=>
  array(2) {
    ["é"]=>
    array(3) {
      ["01"]=>
      float(1.0E-7)
      [1]=>
      array(1) {
        [1]=>
        float(-0)
      }
      ["a"]=>
      bool(true)
    }
    ["k k"]=>
    float(-0)
  }
}
int(0)
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(-1)
  }
  [1]=>
  array(0) {
  }
}
int(0)
bool(true)
int(0)
bool(true)
int(0)
int(0)
int(0)
NULL
int(1)
bool(false)
int(0)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  float(1.2345678901234568E+20)
}
int(0)
array(3) {
  ["b"]=>
  float(1.2345678901234568E+20)
  ["k k"]=>
  array(2) {
    [-3]=>
    array(0) {
    }
    ["01"]=>
    array(0) {
    }
  }
  ["a"]=>
  int(0)
}
int(0)
array(1) {
  [0]=>
  string(5) "é "
}
int(0)
array(2) {
  [0]=>
  float(1.2345678901234568E+20)
  [1]=>
  array(1) {
    ["é"]=>
    array(1) {
      [-3]=>
      array(0) {
      }
    }
  }
}
int(0)
float(-0)
int(0)
string(1) "	"
int(0)
float(0.1)
int(0)
NULL
int(1)
float(1.5)
int(0)
array(3) {
  [0]=>
  float(1.0E-7)
  [1]=>
  array(2) {
    [""]=>
    float(1.2345678901234568E+20)
    ["a"]=>
    array(1) {
      [0]=>
      array(1) {
        ["b"]=>
        int(0)
      }
    }
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "	"
    [1]=>
    string(1) "x"
  }
}
int(0)
float(1.0E-7)
int(0)
array(0) {
}
int(0)
string(1) "	"
int(0)
NULL
int(0)
int(-1)
int(0)
int(-1)
int(0)
NULL
int(1)
string(5) "é "
int(0)
string(1) "x"
int(0)
array(3) {
  [0]=>
  array(2) {
    ["a"]=>
    array(2) {
      ["é"]=>
      array(3) {
        [0]=>
        int(-1)
        [1]=>
        string(5) "é "
        [2]=>
        string(4) "😀"
      }
      [1]=>
      array(1) {
        [1]=>
        string(4) "😀"
      }
    }
    [""]=>
    int(-1)
  }
  [1]=>
  string(1) "	"
  [2]=>
  float(1.2345678901234568E+20)
}
int(0)
array(1) {
  [0]=>
  bool(false)
}
int(0)
NULL
int(0)
float(1.2345678901234568E+20)
int(0)
NULL
int(1)
float(0.1)
int(0)
NULL
int(1)
int(0)
int(0)
array(1) {
  [0]=>
  int(-1)
}
int(0)
int(0)
int(0)
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  array(2) {
    [0]=>
    array(3) {
      [0]=>
      array(3) {
        ["a"]=>
        bool(false)
        [1]=>
        NULL
        [-3]=>
        string(4) "😀"
      }
      [1]=>
      array(4) {
        [0]=>
        float(1.0E+25)
        [1]=>
        bool(false)
        [2]=>
        int(-1)
        [3]=>
        bool(true)
      }
      [2]=>
      array(2) {
        [0]=>
        string(4) "😀"
        [1]=>
        float(1.0E+25)
      }
    }
    [1]=>
    int(-1)
  }
  [2]=>
  string(1) "	"
  [3]=>
  array(0) {
  }
}
int(0)
array(0) {
}
int(0)
array(4) {
  [0]=>
  array(1) {
    ["é"]=>
    float(-0)
  }
  [1]=>
  int(0)
  [2]=>
  array(0) {
  }
  [3]=>
  array(2) {
    [-3]=>
    array(2) {
      [0]=>
      array(2) {
        [0]=>
        float(1.0E-7)
        [1]=>
        bool(false)
      }
      [1]=>
      array(2) {
        [0]=>
        float(1.5)
        [1]=>
        bool(true)
      }
    }
    [""]=>
    array(0) {
    }
  }
}
int(0)
bool(true)
int(0)
