#pragma once

#include <QComboBox>

// The drop-down list every page and dialog uses: as wide as its longest item, in whichever
// language the items are now and whenever items are added later (Qt's default sizes a box once,
// when first shown: a live switch or a list filled after the first paint then clips the text).
class ChoiceBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ChoiceBox(QWidget *parent = nullptr);
};
