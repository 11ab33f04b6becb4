--TEST--
nested try blocks: inner catch handles its type and an unmatched one reaches the outer catch
--FILE--
<?php
function level($what) {
    try {
        echo "outer try\n";
        try {
            echo "inner try\n";
            throw $what;
        } catch (LogicException $e) {
            echo "inner caught ", get_class($e), "\n";
        }
        echo "after inner\n";
    } catch (RuntimeException $e) {
        echo "outer caught ", get_class($e), "\n";
    }
    echo "done\n";
}
level(new DomainException());
echo "--\n";
level(new UnderflowException());
--EXPECT--
outer try
inner try
inner caught DomainException
after inner
done
--
outer try
inner try
outer caught UnderflowException
done
