--TEST--
a static method called through a 'Class::method' string callable appears as Class::method in the trace, and call_user_func itself adds no frame
--FILE--
<?php
class Validator {
    public static function positive($n) {
        if ($n <= 0) throw new DomainException("not positive");
        return $n;
    }
}
try {
    echo call_user_func('Validator::positive', 5), "\n";
    call_user_func('Validator::positive', 0);
} catch (DomainException $e) {
    $f = $e->getTrace()[0];
    echo $e->getMessage(), ": ", $f['class'], $f['type'], $f['function'], "(", implode(",", $f['args']), ")\n";
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
5
not positive: Validator::positive(0)
#0 %s(10): Validator::positive(0)
#1 {main}
